package vn.ktxh.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * API tokens: made by a signed-in user for a named purpose, shown once, stored as a SHA-256 hash, listed with their last
 * use, revocable by their owner or an administrator; a token acts with its owner's rights, a revoked or unknown one is 401.
 */
@IntegrationTest
class ApiTokenTest {

    private static final Pattern SECRET = Pattern.compile("ktxh_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceStoredHashedAndActsWithItsOwnersRights() throws Exception {
        Api page = Api.signedInPage(port, "phuong.tanphong");
        HttpResponse<String> made = page.form(
                "/tai-khoan/ma-api", "purpose=Ph%E1%BA%A7n+m%E1%BB%81m+th%E1%BB%91ng+k%C3%AA+ph%C6%B0%E1%BB%9Dng");
        assertThat(made.statusCode()).isEqualTo(302);
        String shown = page.text("/tai-khoan").body();
        String secret = secretIn(shown);
        assertThat(shown).contains("Phần mềm thống kê phường", "chỉ hiện một lần");
        assertThat(page.text("/tai-khoan").body())
                .as("shown once")
                .doesNotContain(secret)
                .contains("Phần mềm thống kê phường");

        String stored = db.sql(
                        "select encode(secret_hash, 'hex') from api_token where username = 'phuong.tanphong' and purpose = 'Phần mềm thống kê phường'")
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
        assertThat(db.sql("select count(*) from api_token t where t::text like ?")
                        .param("%" + secret.substring(5, 20) + "%")
                        .query(Integer.class)
                        .single())
                .as("the secret is nowhere in the row")
                .isZero();

        Api token = Api.withToken(port, secret);
        assertThat(token.get("/api/v1/evaluations?area=03408&period=2025").status())
                .isEqualTo(200);
        assertThat(token.get("/api/v1/evaluations?area=03388&period=2026").status())
                .as("another ward, as with a password")
                .isEqualTo(403);
        assertThat(db.sql(
                                "select last_used_at is not null from api_token where username = 'phuong.tanphong' and purpose = 'Phần mềm thống kê phường'")
                        .query(Boolean.class)
                        .single())
                .as("last use recorded")
                .isTrue();
        assertThat(page.text("/tai-khoan").body()).doesNotContain("Chưa dùng");
    }

    @Test
    void aRevokedOrUnknownTokenIs401ProblemJsonInVietnamese() {
        Api owner = new Api(port).as("tonghop.laichau");
        Api.Reply made = owner.post("/api/v1/account/tokens", "{\"purpose\":\"Đồng bộ kho dữ liệu\"}");
        assertThat(made.status()).isEqualTo(201);
        String secret = made.body().get("token").asString();
        long id = made.body().get("id").asLong();
        assertThat(Api.withToken(port, secret).get("/api/v1/indicators").status())
                .isEqualTo(200);
        assertThat(owner.get("/api/v1/account/tokens").text())
                .contains("Đồng bộ kho dữ liệu")
                .doesNotContain(secret);
        assertThat(Api.withToken(port, secret)
                        .post("/api/v1/account/tokens", "{\"purpose\":\"Mã con\"}")
                        .status())
                .as("a token makes no further token: it would outlive its own revocation")
                .isEqualTo(403);

        assertThat(owner.delete("/api/v1/account/tokens/" + id).status()).isEqualTo(204);
        Api.Reply revoked = Api.withToken(port, secret).get("/api/v1/indicators");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(revoked.body().get("detail").asString()).contains("Mã truy cập API không hợp lệ hoặc đã bị thu hồi");

        Api.Reply unknown = Api.withToken(port, "ktxh_" + "A".repeat(43)).get("/api/v1/indicators");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("title").asString()).isEqualTo("Cần đăng nhập");
        assertThat(Api.withToken(port, "").put("/api/v1/figures", "[]").status())
                .as("empty bearer")
                .isEqualTo(401);
    }

    @Test
    void onlyItsOwnerOrAnAdministratorSeesAndRevokesAToken() {
        Api owner = new Api(port).as("phuong.tanphong");
        Api.Reply made = owner.post("/api/v1/account/tokens", "{\"purpose\":\"Bảng tính của phường\"}");
        String secret = made.body().get("token").asString();
        long id = made.body().get("id").asLong();

        Api other = new Api(port).as("tonghop.laichau");
        assertThat(other.get("/api/v1/account/tokens").text()).doesNotContain("Bảng tính của phường");
        assertThat(other.delete("/api/v1/account/tokens/" + id).status()).isEqualTo(404);
        assertThat(Api.withToken(port, secret).get("/api/v1/indicators").status())
                .isEqualTo(200);

        Api admin = Api.signedInPage(port, "quantri");
        assertThat(admin.text("/tai-khoan").body()).contains("Bảng tính của phường", "phuong.tanphong");
        assertThat(admin.form("/tai-khoan/ma-api/" + id + "/thu-hoi", "").statusCode())
                .isEqualTo(302);
        assertThat(Api.withToken(port, secret).get("/api/v1/indicators").status())
                .isEqualTo(401);
    }

    @Test
    void aPurposeIsRequired() {
        Api.Reply refused = new Api(port).as("phuong.tanphong").post("/api/v1/account/tokens", "{\"purpose\":\"  \"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("mục đích");
        assertThat(Api.signedInPage(port, "phuong.tanphong")
                        .form("/tai-khoan/ma-api", "purpose=")
                        .body())
                .contains("mục đích");
    }

    private static String secretIn(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the new token is on the page").isTrue();
        return m.group();
    }
}

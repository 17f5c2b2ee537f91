package vn.ktxh.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * Accounts in the browser: an administrator creates an account bound to a unit and a role (which then signs in to its own
 * unit), gives a new password, lifts a lock; a user changes their own password; nobody else manages accounts.
 */
@IntegrationTest
class AccountPageTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAnAccountThatLandsOnItsOwnUnitThenResetsAndUnlocksIt() {
        Api admin = Api.signedInPage(port, "quantri");
        HttpResponse<String> created = admin.form(
                "/tai-khoan",
                "username=phuong.tamthanh&displayName=UBND+ph%C6%B0%E1%BB%9Dng+Tam+Thanh"
                        + "&role=COMMUNE_OFFICER&area=05986&password=mat-khau-ban-dau");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.text("/tai-khoan").body())
                .contains("id=\"tk-phuong.tamthanh\"", "phường Tam Thanh (05986)", "Cán bộ cấp xã");

        Api wrong = new Api(port, "phuong.tamthanh", "sai-mat-khau-1");
        for (int i = 0; i < 5; i++) {
            wrong.get("/api/v1/indicators");
        }
        assertThat(new Api(port, "phuong.tamthanh", "mat-khau-ban-dau")
                        .get("/api/v1/indicators")
                        .status())
                .as("locked")
                .isEqualTo(401);
        assertThat(admin.text("/tai-khoan").body()).contains("Đang bị khóa");
        assertThat(admin.form("/tai-khoan/phuong.tamthanh/mo-khoa", "").statusCode())
                .isEqualTo(302);
        assertThat(new Api(port, "phuong.tamthanh", "mat-khau-ban-dau")
                        .get("/api/v1/indicators")
                        .status())
                .isEqualTo(200);

        assertThat(admin.form("/tai-khoan/phuong.tamthanh/dat-lai-mat-khau", "password=mat-khau-moi-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(new Api(port, "phuong.tamthanh", "mat-khau-ban-dau")
                        .get("/api/v1/indicators")
                        .status())
                .isEqualTo(401);
        assertThat(new Api(port, "phuong.tamthanh", "mat-khau-moi-2026")
                        .get("/api/v1/indicators")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aRefusedFormSaysWhatIsWrongInVietnamese() {
        Api admin = Api.signedInPage(port, "quantri");
        HttpResponse<String> shortPassword =
                admin.form("/tai-khoan", "username=ngan.qua&displayName=X&role=LEADER&area=12&password=ngan");
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("Mật khẩu phải có ít nhất 10 ký tự");
        HttpResponse<String> unknownUnit = admin.form(
                "/tai-khoan", "username=khong.co&displayName=X&role=LEADER&area=99999&password=mat-khau-du-dai");
        assertThat(unknownUnit.body()).contains("Không có đơn vị hành chính mã &quot;99999&quot;");
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        Api office = Api.signedInPage(port, "tonghop.laichau");
        assertThat(office.text("/tai-khoan").body())
                .contains("Đổi mật khẩu của bạn")
                .doesNotContain("Tạo tài khoản");
        assertThat(office.form(
                                "/tai-khoan",
                                "username=lam.quyen&displayName=X&role=ADMINISTRATOR&password=mat-khau-du-dai")
                        .statusCode())
                .isEqualTo(403);
        assertThat(office.form("/tai-khoan/quantri/dat-lai-mat-khau", "password=mat-khau-du-dai")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOne() {
        Api admin = Api.signedInPage(port, "quantri");
        admin.form("/tai-khoan", "username=doi.mat.khau&displayName=X&role=LEADER&area=12&password=mat-khau-cu-123");
        Api user = signedIn("doi.mat.khau", "mat-khau-cu-123");
        assertThat(user.form("/tai-khoan/mat-khau", "current=sai-roi-123&next=mat-khau-moi-456")
                        .body())
                .contains("Mật khẩu hiện tại không đúng");
        assertThat(user.form("/tai-khoan/mat-khau", "current=mat-khau-cu-123&next=mat-khau-moi-456")
                        .statusCode())
                .isEqualTo(302);
        assertThat(new Api(port, "doi.mat.khau", "mat-khau-moi-456")
                        .get("/api/v1/indicators")
                        .status())
                .isEqualTo(200);
    }

    private Api signedIn(String user, String password) {
        Api anonymous = new Api(port, null, null);
        HttpResponse<String> form = anonymous.text("/dang-nhap");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = new Api(port, null, null, cookie, csrf)
                .form("/dang-nhap", "username=" + user + "&password=" + password);
        String renewed = signedIn.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);
        String page =
                new Api(port, null, null, renewed, null).text("/tai-khoan").body();
        return new Api(port, null, null, renewed, page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1"));
    }
}

package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.NewAccount;
import vn.ktxh.account.Role;

/** Each role's allowed and refused actions through the API, with the demo accounts. */
@IntegrationTest
class AccessApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Accounts accounts;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private static String figure(String indicator, String area, String period, String value) {
        return "[{\"indicator\":\"%s\",\"area\":\"%s\",\"period\":\"%s\",\"kind\":\"ESTIMATE\",\"value\":%s}]"
                .formatted(indicator, area, period, value);
    }

    private int stored(String indicator, String period) {
        return db.sql("select count(*) from figure where indicator_code = ? and period = ?")
                .params(indicator, period)
                .query(Integer.class)
                .single();
    }

    @Test
    void withoutCredentialsTheApiAnswers401InVietnamese() {
        Api.Reply reply = api.anonymous().get("/api/v1/evaluations?area=105&period=2024");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asString())
                .contains("cần mã truy cập API")
                .contains("tên đăng nhập và mật khẩu");
        assertThat(api.as("quantri")
                        .anonymous()
                        .put("/api/v1/figures", figure("NS01", "03408", "2025-M01", "1"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aCommuneOfficerWorksOnItsWardAndIsRefusedAnotherOne() {
        Api tanPhong = api.as("phuong.tanphong");
        assertThat(tanPhong.get("/api/v1/evaluations?area=03408&period=2025").status())
                .isEqualTo(200);
        assertThat(tanPhong.put("/api/v1/figures", figure("NS01", "03408", "2025-M08", "\"1.595,3\""))
                        .status())
                .isEqualTo(200);

        Api.Reply read = tanPhong.get("/api/v1/evaluations?area=03388&period=2026");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body().get("detail").asString())
                .contains("phuong.tanphong")
                .contains("phường Đoàn Kết");
        Api.Reply write = tanPhong.put("/api/v1/figures", figure("NS01", "03388", "2026-M01", "5"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(stored("NS01", "2026-M01")).isZero();
        assertThat(tanPhong.get("/api/v1/figures/history?area=03388&period=2026-M01&indicator=NS01")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aLeaderReadsTheProvinceButEntersNothing() {
        Api leader = api.as("lanhdao.laichau");
        assertThat(leader.get("/api/v1/evaluations?area=03408&period=2025").status())
                .isEqualTo(200);
        assertThat(leader.get("/api/v1/evaluations?area=12&period=2025").status())
                .isEqualTo(200);
        assertThat(leader.put("/api/v1/figures", figure("NS01", "12", "2025-M03", "5"))
                        .status())
                .isEqualTo(403);
        assertThat(leader.post("/api/v1/reports/03408/2025-M03/workflow/submit", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(stored("NS01", "2025-M03")).isZero();
    }

    @Test
    void aDepartmentEntersOnlyTheIndicatorsOfItsSector() {
        Api education = api.as("so.giaoduc");
        assertThat(education
                        .put("/api/v1/figures", figure("GD04", "12", "2025-M04", "60"))
                        .status())
                .isEqualTo(200);
        Api.Reply revenue = education.put("/api/v1/figures", figure("NS01", "12", "2025-M04", "60"));
        assertThat(revenue.status()).isEqualTo(403);
        assertThat(revenue.body().get("detail").asString()).contains("Thu ngân sách");
    }

    @Test
    void onlyTheSynthesisOfficeAboveApprovesAndApprovedFiguresAreLocked() {
        Api ward = api.as("phuong.tanphong");
        Api province = api.as("tonghop.laichau");
        assertThat(ward.put("/api/v1/figures", figure("NS01", "03408", "2025-M09", "100"))
                        .status())
                .isEqualTo(200);
        assertThat(ward.post("/api/v1/reports/03408/2025-M09/workflow/submit", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(ward.post("/api/v1/reports/03408/2025-M09/workflow/approve", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(province.post("/api/v1/reports/03408/2025-M09/workflow/approve", "{}")
                        .status())
                .isEqualTo(200);

        Api.Reply locked = ward.put("/api/v1/figures", figure("NS01", "03408", "2025-M09", "120"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body().get("detail").asString())
                .contains("đã được phê duyệt")
                .contains("mở lại");

        Api.Reply noReason = province.post("/api/v1/reports/03408/2025-M09/workflow/reopen", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("field").asString()).isEqualTo("reason");
        assertThat(province.post("/api/v1/reports/03408/2025-M09/workflow/approve", "{}")
                        .status())
                .as("an approved report cannot be approved again")
                .isEqualTo(400);
    }

    /** Issue 4: change, approve, reopen, change again — the history shows all four, with the users. */
    @Test
    void theHistoryOfAFigureShowsEveryChangeAndEveryMoveWithTheirUsers() {
        Api ward = api.as("phuong.tanphong");
        Api province = api.as("tonghop.laichau");
        ward.put("/api/v1/figures", figure("NS01", "03408", "2025-M10", "100"));
        ward.put("/api/v1/figures", figure("NS01", "03408", "2025-M10", "110"));
        ward.post("/api/v1/reports/03408/2025-M10/workflow/submit", "{}");
        province.post("/api/v1/reports/03408/2025-M10/workflow/approve", "{}");
        province.post("/api/v1/reports/03408/2025-M10/workflow/reopen", "{\"reason\":\"Sai số thu tháng 10\"}");
        ward.put("/api/v1/figures", figure("NS01", "03408", "2025-M10", "115"));

        var history = api.as("tonghop.laichau")
                .get("/api/v1/figures/history?area=03408&period=2025-M10&indicator=NS01")
                .body();
        assertThat(history).hasSize(6);
        assertThat(history.get(0).get("event").asString()).isEqualTo("tạo mới");
        assertThat(history.get(1).get("oldValue").decimalValue()).isEqualByComparingTo("100");
        assertThat(history.get(1).get("newValue").decimalValue()).isEqualByComparingTo("110");
        assertThat(history.get(1).get("changedBy").asString()).isEqualTo("phuong.tanphong");
        assertThat(history.get(2).get("event").asString()).isEqualTo("đã gửi");
        assertThat(history.get(3).get("event").asString()).isEqualTo("đã phê duyệt");
        assertThat(history.get(3).get("changedBy").asString()).isEqualTo("tonghop.laichau");
        assertThat(history.get(4).get("event").asString()).isEqualTo("mở lại");
        assertThat(history.get(4).get("reason").asString()).isEqualTo("Sai số thu tháng 10");
        assertThat(history.get(5).get("oldValue").decimalValue()).isEqualByComparingTo("110");
        assertThat(history.get(5).get("newValue").decimalValue()).isEqualByComparingTo("115");
        assertThat(history.get(5).get("changedBy").asString()).isEqualTo("phuong.tanphong");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var csv = province.text(
                "/api/v1/audit/export?area=03408&from=%s&to=%s".formatted(today.minusDays(1), today.plusDays(1)));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFFThời điểm,Người thực hiện,Loại")
                .contains("\"Số liệu — sửa\",\"03408\",\"phường Tân Phong\",\"2025-M10\",\"NS01\"")
                .contains("\"Báo cáo — mở lại\"")
                .contains("Sai số thu tháng 10")
                .contains("\"110\",\"115\"");
        assertThat(ward.text("/api/v1/audit/export?area=12&from=2025-01-01&to=2030-01-01")
                        .statusCode())
                .as("a ward officer cannot read the province's log")
                .isEqualTo(403);
    }

    @Test
    void showsWhichUnitsReportedInTimeLateOrNotAtAll() {
        api.as("phuong.tanphong").post("/api/v1/reports/03408/2025-Q3/workflow/submit", "{}");
        api.as("phuong.doanket").post("/api/v1/reports/03388/2026-M12/workflow/submit", "{}");
        var q3 = api.as("tonghop.laichau")
                .get("/api/v1/completeness?area=12&period=2025-Q3&today=2025-10-01")
                .body();
        assertThat(q3).hasSize(38);
        var tanPhong = StreamSupport.stream(q3.spliterator(), false)
                .filter(n -> n.get("code").asString().equals("03408"))
                .findFirst()
                .orElseThrow();
        assertThat(tanPhong.get("verdict").asString())
                .as("submitted today, long after 2025-09-20")
                .isEqualTo("LATE");
        assertThat(StreamSupport.stream(q3.spliterator(), false)
                        .filter(n -> n.get("verdict").asString().equals("NOTHING_DUE")))
                .as("the other communes have no targets: nothing is due from them, they are not overdue")
                .hasSize(37);
        var december = api.as("tonghop.laichau")
                .get("/api/v1/completeness?area=12&period=2026-M12&today=2026-12-01")
                .body();
        var doanKet = StreamSupport.stream(december.spliterator(), false)
                .filter(n -> n.get("code").asString().equals("03388"))
                .findFirst()
                .orElseThrow();
        assertThat(doanKet.get("verdict").asString()).isEqualTo("ON_TIME");
        assertThat(StreamSupport.stream(december.spliterator(), false)
                        .filter(n -> n.get("verdict").asString().equals("NOTHING_DUE")))
                .hasSize(37);
        assertThat(api.as("phuong.tanphong")
                        .get("/api/v1/completeness?area=12&period=2025-Q3")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        accounts.create(
                Actor.system(),
                new NewAccount("thu.khoa", "Thử khóa", Role.LEADER, "12", List.of(), "mat-khau-dung-1", false));
        Api wrong = new Api(port, "thu.khoa", "sai-mat-khau");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/indicators").status()).isEqualTo(401);
        }
        Api.Reply right = new Api(port, "thu.khoa", "mat-khau-dung-1").get("/api/v1/indicators");
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body().get("detail").asString()).contains("bị khóa tạm thời");
    }

    @Test
    void aGoodPasswordClearsTheCountOfWrongOnes() {
        accounts.create(
                Actor.system(),
                new NewAccount("thu.mo", "Thử mở", Role.LEADER, "12", List.of(), "mat-khau-dung-2", false));
        for (int i = 0; i < 4; i++) {
            new Api(port, "thu.mo", "sai").get("/api/v1/indicators");
        }
        assertThat(new Api(port, "thu.mo", "mat-khau-dung-2")
                        .get("/api/v1/indicators")
                        .status())
                .isEqualTo(200);
        new Api(port, "thu.mo", "sai").get("/api/v1/indicators");
        assertThat(new Api(port, "thu.mo", "mat-khau-dung-2")
                        .get("/api/v1/indicators")
                        .status())
                .isEqualTo(200);
    }
}

package vn.ktxh.cycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;
import vn.ktxh.data.FiguresChanged;

/**
 * The reporting cycle on the pages, for each role: the state and calendar on the data-entry form with the buttons the
 * account may use, refusals said on the page, the lock after approval; who reported in time; the audit log and its CSV.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReportCyclePagesTest {

    private static final Pattern VALUE_INPUT = Pattern.compile("<input[^>]*value-input[^>]*>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    /** Each test moves reports of its own periods of phường Tân Phong; they go back to drafts for the other tests. */
    @AfterEach
    void putReportsBack() {
        for (String period : List.of("2025-M09", "2025-M10", "2025-Q4")) {
            db.sql(
                            "delete from report_event where period = ? and area_id in (select id from area where code = '03408')")
                    .param(period)
                    .update();
            db.sql(
                            "delete from report_status where period = ? and area_id in (select id from area where code = '03408')")
                    .param(period)
                    .update();
        }
        db.sql("delete from figure where period = '2025-M10' and area_id in (select id from area where code = '03408')")
                .update();
        db.sql(
                        "delete from figure_audit where period = '2025-M10' and area_id in (select id from area where code = '03408')")
                .update();
        events.publishEvent(new FiguresChanged(0)); // changed behind the doors: cached evaluations go
    }

    private HttpResponse<String> move(Api session, String period, String move, String reason) {
        return session.form(
                "/nhap-so-lieu/trang-thai",
                "area=03408&period=" + period + "&move=" + move
                        + (reason == null ? "" : "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8)));
    }

    @Test
    void aWardOfficerMaySubmitItsOwnReportButNotApproveItNorOpenAnotherWard() {
        Api ward = Api.signedInPage(port, "phuong.tanphong");
        Api.Reply own = ward.get("/nhap-so-lieu?area=03408&period=2025-M09");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text())
                .contains(
                        "id=\"trang-thai-bao-cao\"",
                        ">Nháp</span>",
                        "id=\"nut-gui\"",
                        "Gửi báo cáo",
                        "hạn gửi báo cáo <strong>20/09/2025</strong>",
                        "đến ngày chốt <strong>14/09/2025</strong>",
                        "Số liệu tính từ <strong>15/08/2025</strong>");
        assertThat(own.text())
                .doesNotContain("id=\"nut-phe-duyet\"", "Phê duyệt", "id=\"nut-tra-lai\"", "id=\"nut-mo-lai\"");

        Api.Reply other = ward.get("/nhap-so-lieu?area=03388&period=2026");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text()).contains("phuong.tanphong", "không có quyền", "phường Đoàn Kết");

        HttpResponse<String> submitted = move(ward, "2025-M09", "SUBMIT", null);
        assertThat(submitted.statusCode()).isEqualTo(302);
        Api.Reply after = ward.get(
                submitted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(after.text())
                .contains("id=\"da-chuyen\"", "Đã gửi báo cáo", ">Đã gửi</span>")
                .doesNotContain("id=\"nut-gui\"");

        HttpResponse<String> approved = move(ward, "2025-M09", "APPROVE", null);
        assertThat(approved.statusCode()).as("refused on the page").isEqualTo(403);
        assertThat(approved.body()).contains("id=\"tu-choi-chuyen\"", "không có quyền phê duyệt");
    }

    @Test
    void theProvinceOfficeApprovesASubmittedReportWhichLocksTheFormUntilReopenedWithAReason() {
        assertThat(new Api(port)
                        .as("phuong.tanphong")
                        .put(
                                "/api/v1/figures",
                                "[{\"indicator\":\"NS01\",\"area\":\"03408\",\"period\":\"2025-M10\",\"kind\":\"ESTIMATE\",\"value\":\"130,5\"}]")
                        .status())
                .as("a figure, so the form has a line")
                .isEqualTo(200);
        move(Api.signedInPage(port, "phuong.tanphong"), "2025-M10", "SUBMIT", null);
        Api office = Api.signedInPage(port, "tonghop.laichau");
        Api.Reply submitted = office.get("/nhap-so-lieu?area=03408&period=2025-M10");
        assertThat(submitted.text())
                .contains(
                        ">Đã gửi</span>",
                        "id=\"nut-phe-duyet\"",
                        "Phê duyệt",
                        "id=\"nut-tra-lai\"",
                        "id=\"ly-do-return\"")
                .doesNotContain("id=\"nut-gui\"");

        assertThat(move(office, "2025-M10", "APPROVE", null).statusCode()).isEqualTo(302);
        Api.Reply approved = office.get("/nhap-so-lieu?area=03408&period=2025-M10");
        assertThat(approved.text())
                .contains(
                        ">Đã phê duyệt</span>",
                        "Báo cáo đã được phê duyệt; cần mở lại để sửa",
                        "id=\"nut-mo-lai\"",
                        "Lịch sử báo cáo (2 lần chuyển trạng thái)");
        assertThat(inputs(approved.text())).isNotEmpty().allMatch(input -> input.contains("disabled"));

        HttpResponse<String> noReason = move(office, "2025-M10", "REOPEN", " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Cần ghi lý do khi mở lại báo cáo");
        HttpResponse<String> twice = move(office, "2025-M10", "APPROVE", null);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("Không thể phê duyệt báo cáo tháng 10 năm 2025", "&quot;Đã phê duyệt&quot;");

        assertThat(move(office, "2025-M10", "REOPEN", "Sửa số thu tháng 10").statusCode())
                .isEqualTo(302);
        Api.Reply reopened = office.get("/nhap-so-lieu?area=03408&period=2025-M10");
        assertThat(reopened.text()).contains(">Mở lại</span>", "Sửa số thu tháng 10", "id=\"nut-gui\"");
        assertThat(inputs(reopened.text())).isNotEmpty().noneMatch(input -> input.contains("disabled"));
    }

    @Test
    void aReturnedReportShowsItsReasonAtTheTopOfTheFormAndOfTheWardsDashboard(CapturedOutput output) {
        Api ward = Api.signedInPage(port, "phuong.tanphong");
        assertThat(ward.form("/tai-khoan/thu-dien-tu", "email=tanphong%40laichau.gov.vn")
                        .statusCode())
                .isEqualTo(302);
        move(ward, "2025-M10", "SUBMIT", null);
        move(Api.signedInPage(port, "tonghop.laichau"), "2025-M10", "RETURN", "Thiếu số thu ngân sách tháng 10");
        String form = ward.get("/nhap-so-lieu?area=03408&period=2025-M10").text();
        assertThat(form)
                .contains("id=\"tra-lai\"", "Báo cáo đã bị trả lại", "Thiếu số thu ngân sách tháng 10", ">Nháp</span>");
        String dashboard = ward.get("/").text();
        assertThat(dashboard)
                .contains(
                        "id=\"tra-lai\"",
                        "Thiếu số thu ngân sách tháng 10",
                        "href=\"/nhap-so-lieu?area=03408&amp;period=2025-M10\"");
        assertThat(dashboard)
                .as("the navigation bar counts the unread notification")
                .containsPattern("id=\"thong-bao\"[^>]*>Thông báo <span[^>]*>[1-9]");
        assertThat(output.getOut())
                .as("mailed to the address the ward gave (no SMTP server here: logged)")
                .contains(
                        "Thông báo (chưa cấu hình máy chủ thư) gửi tanphong@laichau.gov.vn: [KTXH] Báo cáo tháng 10 năm 2025 "
                                + "của phường Tân Phong bị trả lại");
        String inbox = ward.get("/thong-bao").text();
        assertThat(inbox)
                .contains(
                        "Báo cáo tháng 10 năm 2025 của phường Tân Phong bị trả lại: Thiếu số thu ngân sách tháng 10",
                        "href=\"/nhap-so-lieu?area=03408&amp;period=2025-M10\"");
        ward.form("/thong-bao/da-doc", "");
        assertThat(ward.get("/").text()).doesNotContainPattern("id=\"thong-bao\"[^>]*>Thông báo <span");
        move(ward, "2025-M10", "SUBMIT", null);
        assertThat(ward.get("/nhap-so-lieu?area=03408&period=2025-M10").text())
                .as("sent again: no longer waiting")
                .doesNotContain("id=\"tra-lai\"");
    }

    @Test
    void aLeaderReadsTheFormWithEveryInputDisabledAndNoButton() {
        Api.Reply page = Api.signedInPage(port, "lanhdao.laichau").get("/nhap-so-lieu?area=03408&period=2025");
        assertThat(page.status()).isEqualTo(200);
        assertThat(inputs(page.text())).isNotEmpty().allMatch(input -> input.contains("disabled"));
        assertThat(page.text())
                .contains(">Nháp</span>")
                .doesNotContain("id=\"nut-", "Lưu số liệu</button>", "/nhap-so-lieu/trang-thai");
    }

    @Test
    void theStatusPageCountsWhoIsOverdueLateOrOnTimeAndFiltersAndSorts() {
        move(Api.signedInPage(port, "phuong.tanphong"), "2025-Q4", "SUBMIT", null);
        Api office = Api.signedInPage(port, "tonghop.laichau");
        Api.Reply page = office.get("/tinh-hinh-bao-cao?area=12&period=2025-Q4&ngay=2026-01-10");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains(
                        "<span>tỉnh Lai Châu, quý IV năm 2025</span>",
                        "hạn gửi báo cáo <strong>20/12/2025</strong>",
                        "href=\"/nhat-ky/xuat?area=12&amp;from=2025-09-15&amp;to=2026-01-10\"",
                        "href=\"/nhap-so-lieu?area=03408&amp;period=2025-Q4\"");
        assertThat(count(page.text(), "dem-tat-ca")).isEqualTo("38");
        assertThat(count(page.text(), "dem-OVERDUE"))
                .as("the other communes have no targets: nothing is due")
                .isEqualTo("0");
        assertThat(count(page.text(), "dem-NOTHING_DUE")).isEqualTo("37");
        assertThat(count(page.text(), "dem-LATE"))
                .as("submitted today, long after 20/12/2025")
                .isEqualTo("1");
        assertThat(count(page.text(), "dem-ON_TIME")).isEqualTo("0");

        Api.Reply late = office.get("/tinh-hinh-bao-cao?area=12&period=2025-Q4&ngay=2026-01-10&tinh-hinh=LATE");
        assertThat(rows(late.text())).containsExactly("03408");
        Api.Reply byDelay = office.get("/tinh-hinh-bao-cao?area=12&period=2025-Q4&ngay=2026-01-10&xep=tre");
        assertThat(rows(byDelay.text())).hasSize(38).first().isEqualTo("03408");
        assertThat(byDelay.text()).contains("Không có chỉ tiêu phải báo cáo", "Gửi muộn", "aria-sort=\"descending\"");

        Api.Reply refused = Api.signedInPage(port, "phuong.tanphong").get("/tinh-hinh-bao-cao?area=12&period=2025-Q4");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theAuditLogIsATableAndTheSameCsvForTheSignedInUser() {
        Api office = Api.signedInPage(port, "tonghop.laichau");
        move(office, "2025-M09", "SUBMIT", null);
        Api.Reply page = office.get("/nhat-ky?area=03408&from=2025-01-01&to=2030-12-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains(
                        "id=\"bang-nhat-ky\"",
                        "Báo cáo — đã gửi",
                        "Nháp → Đã gửi",
                        "tonghop.laichau",
                        "href=\"/nhat-ky/xuat?area=03408&amp;from=2025-01-01&amp;to=2030-12-31\"");

        HttpResponse<String> csv = office.text("/nhat-ky/xuat?area=03408&from=2025-01-01&to=2030-12-31");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFFThời điểm,Người thực hiện,Loại")
                .contains("\"Báo cáo — đã gửi\"", "\"Nháp → Đã gửi\"");
        assertThat(new Api(port)
                        .as("tonghop.laichau")
                        .text("/api/v1/audit/export?area=03408&from=2025-01-01&to=2030-12-31")
                        .body())
                .as("the API writes the same file")
                .isEqualTo(csv.body());

        assertThat(Api.signedInPage(port, "phuong.tanphong")
                        .text("/nhat-ky/xuat?area=12&from=2025-01-01&to=2030-12-31")
                        .statusCode())
                .isEqualTo(403);
    }

    private static List<String> inputs(String html) {
        return VALUE_INPUT.matcher(html).results().map(m -> m.group()).toList();
    }

    private static String count(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>[\\s\\S]*?<span class=\"badge[^\"]*\">(\\d+)</span>")
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    private static List<String> rows(String html) {
        return Pattern.compile("<tr id=\"don-vi-([0-9]+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }
}

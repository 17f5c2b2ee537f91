package vn.ktxh.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState.Move;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/**
 * The public portal, asked without signing in: a ward's report of 2034 approved (its final figure published with its
 * evaluation, its estimate not), another ward's report walked through every state (draft, submitted, returned,
 * approved, reopened, submitted again, approved again) with the portal asked at each step.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPortalTest {

    private static final Period YEAR = Period.year(2034);

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    private Api visitor;

    @BeforeAll
    void prepare() {
        visitor = new Api(port).anonymous();
        ApprovedWardReport.prepare(plans, figures, cycles, YEAR, "9/QĐ-CK");
    }

    @Test
    void anApprovedFinalFigureIsPublishedWithItsEvaluationAndTheEstimateIsNot() {
        HttpResponse<String> page = visitor.text("/cong-khai?area=03408&period=2034");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "phường Tân Phong",
                        "Tỷ lệ học sinh mẫu giáo đến trường",
                        "95,5",
                        "106,1",
                        "vượt",
                        "công bố ngày")
                .doesNotContain("71,3")
                .doesNotContain("Thu nhập bình quân")
                .doesNotContain("/nhap-so-lieu")
                .doesNotContain("/dang-xuat");
    }

    @Test
    void theDownloadsHoldThePublishedFiguresInVietnameseNotation() throws Exception {
        HttpResponse<byte[]> csv = visitor.download("/cong-khai/csv?area=03408&period=2034");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"GD06\"", "\"95,5\"", "\"106,1\"", "\"vượt\"")
                .doesNotContain("71,3");
        HttpResponse<byte[]> xlsx = visitor.download("/cong-khai/xlsx?area=03408&period=2034");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("GD06");
            assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue())).isEqualByComparingTo("95.5");
            assertThat(book.getSheetAt(0).getLastRowNum())
                    .as("the estimate has no row")
                    .isEqualTo(1);
        }
    }

    @Test
    void aFigureIsPublishedOnlyWhileItsReportIsApprovedThroughEveryState() {
        assertHidden("nháp", "chưa được cấp trên phê duyệt");
        cycles.move(Actor.system(), "03388", YEAR, Move.SUBMIT, null);
        assertHidden("đã gửi", "chưa được cấp trên phê duyệt");
        cycles.move(Actor.system(), "03388", YEAR, Move.RETURN, "thiếu nguồn");
        assertHidden("trả lại", "chưa được cấp trên phê duyệt");
        cycles.move(Actor.system(), "03388", YEAR, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03388", YEAR, Move.APPROVE, null);
        assertThat(visitor.text("/cong-khai?area=03388&period=2034").body()).contains("88,8");
        cycles.move(Actor.system(), "03388", YEAR, Move.REOPEN, "sửa số liệu");
        assertHidden("mở lại", "đã được mở lại để sửa");
        assertThat(new String(
                        visitor.download("/cong-khai/csv?area=03388&period=2034")
                                .body(),
                        StandardCharsets.UTF_8))
                .as("the download is withdrawn with the page")
                .doesNotContain("88,8")
                .contains("mở lại");
        cycles.move(Actor.system(), "03388", YEAR, Move.SUBMIT, null);
        assertHidden("gửi lại sau khi mở lại", "đã được mở lại để sửa");
        cycles.move(Actor.system(), "03388", YEAR, Move.APPROVE, null);
        assertThat(visitor.text("/cong-khai?area=03388&period=2034").body()).contains("88,8");
    }

    /**
     * xã Mường Kim's 2034 report approved: the province office (which approves it) withholds it, the portal says so and
     * hides the figure and the report; the commune itself, a visitor and another office cannot choose; published again,
     * from the moment of the new choice, with the report as .pdf.
     */
    @Test
    void theApprovingOfficeWithholdsAnApprovedReportAndPublishesItAgain() throws Exception {
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03637", "2034", "FINAL", "77,7", null, "thử")),
                "thu",
                null);
        cycles.move(Actor.system(), "03637", YEAR, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03637", YEAR, Move.APPROVE, null);
        String choose = "area=03637&period=2034&publish=false";
        assertThat(visitor.download("/cong-khai/bao-cao.pdf?area=03637&period=2034")
                        .body())
                .startsWith("%PDF".getBytes());
        assertThat(Api.signedInPage(port, "phuong.tanphong")
                        .form("/bao-cao/cong-bo", choose)
                        .statusCode())
                .isEqualTo(403);
        assertThat(visitor.form("/bao-cao/cong-bo", choose).statusCode()).isIn(401, 403);
        Api office = Api.signedInPage(port, "tonghop.laichau");
        assertThat(office.text("/cong-khai?area=03637&period=2034").body())
                .contains("Thôi công bố trên trang công khai");
        assertThat(visitor.text("/cong-khai?area=03637&period=2034").body()).doesNotContain("Thôi công bố");

        assertThat(office.form("/bao-cao/cong-bo", choose).statusCode()).isEqualTo(302);
        assertThat(visitor.text("/cong-khai?area=03637&period=2034").body())
                .doesNotContain("77,7")
                .contains("cơ quan phê duyệt chưa công bố số liệu");
        assertThat(new String(
                        visitor.download("/cong-khai/csv?area=03637&period=2034")
                                .body(),
                        StandardCharsets.UTF_8))
                .doesNotContain("77,7");
        assertThat(visitor.download("/cong-khai/bao-cao.pdf?area=03637&period=2034")
                        .statusCode())
                .isEqualTo(400);

        assertThat(office.form("/bao-cao/cong-bo", "area=03637&period=2034&publish=true")
                        .statusCode())
                .isEqualTo(302);
        assertThat(visitor.text("/cong-khai?area=03637&period=2034").body()).contains("77,7", "công bố ngày");
        assertThat(office.form("/bao-cao/cong-bo", "area=03637&period=2033&publish=true")
                        .body())
                .as("only an approved report")
                .contains("chưa được phê duyệt");
    }

    /** The portal keeps what it published; a figure corrected after a reopening shows once approved again, never the old one. */
    @Test
    void aCorrectedFigureReplacesTheKeptOneWhenApprovedAgain() {
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03640", "2034", "FINAL", "61,1", null, "thử")),
                "thu",
                null);
        cycles.move(Actor.system(), "03640", YEAR, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03640", YEAR, Move.APPROVE, null);
        assertThat(visitor.text("/cong-khai?area=03640&period=2034").body()).contains("61,1");
        cycles.move(Actor.system(), "03640", YEAR, Move.REOPEN, "sửa số");
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03640", "2034", "FINAL", "62,2", null, "thử")),
                "thu",
                "sửa số");
        cycles.move(Actor.system(), "03640", YEAR, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03640", YEAR, Move.APPROVE, null);
        assertThat(visitor.text("/cong-khai?area=03640&period=2034").body())
                .contains("62,2")
                .doesNotContain("61,1");
    }

    private void assertHidden(String state, String notice) {
        HttpResponse<String> page = visitor.text("/cong-khai?area=03388&period=2034");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as(state).doesNotContain("88,8").contains(notice);
    }

    @Test
    void thePortalPicksAmongTheProvinceAndItsCommunes() {
        String body = visitor.text("/cong-khai?area=03408&period=2034").body();
        assertThat(body).contains("tỉnh Lai Châu", "phường Đoàn Kết", "phường Tân Phong");
    }

    @Test
    void thePortalOpensNoPrivateRoute() {
        assertThat(visitor.text("/cong-khai/../nhap-so-lieu?area=03408&period=2034")
                        .statusCode())
                .isNotEqualTo(200);
        assertThat(visitor.text("/cong-khai?area=03408&period=2034").statusCode())
                .isEqualTo(200);
        HttpResponse<String> privatePage = visitor.text("/danh-gia?area=03408&period=2034");
        assertThat(privatePage.statusCode()).isEqualTo(302);
    }
}

package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/** The narrative through the API, the report page, and the download, for the first half of 2024. */
@IntegrationTest
class ReportWebTest {

    @LocalServerPort
    int port;

    private static final String NARRATIVE = "/api/v1/reports/105/2024-H1/narrative";

    @Test
    void theNarrativeWrittenThroughTheApiIsPrintedInTheReport() throws Exception {
        Api api = new Api(port);
        Api.Reply empty = api.get(NARRATIVE);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().get("sections").get(0).get("key").asString()).isEqualTo(ReportSections.INTRODUCTION);

        Api.Reply saved = api.put(NARRATIVE, """
                {"particulars": {"number": "2150", "date": "2024-06-20", "signerName": "Nguyễn Văn Nghiệp",
                                 "signerTitle": "CHỦ TỊCH", "recipients": ["Sở Kế hoạch và Đầu tư tỉnh;", "Lưu: VT, VP."]},
                 "sections": [{"key": "thương mại dịch vụ du lịch",
                               "text": "Hoạt động thương mại, dịch vụ trên địa bàn tiếp tục được duy trì và phát triển ổn định."}]}
                """);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("particulars").get("number").asString()).isEqualTo("2150");
        assertThat(api.get(NARRATIVE).body().get("sections").findValuesAsString("text"))
                .contains("Hoạt động thương mại, dịch vụ trên địa bàn tiếp tục được duy trì và phát triển ổn định.");

        HttpResponse<byte[]> file = api.download("/api/v1/reports/105/2024-H1/document?format=docx");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains("bao-cao-ktxh-105-2024-H1.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
            assertThat(doc.getTables().get(0).getText())
                    .contains("Số: 2150/BC-UBND")
                    .contains("Thành phố Lai Châu, ngày 20 tháng 6 năm 2024");
            assertThat(doc.getTables().get(1).getText())
                    .contains("Nguyễn Văn Nghiệp")
                    .contains("Sở Kế hoạch và Đầu tư tỉnh;");
            String body =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body)
                    .contains("1. Thương mại - dịch vụ, du lịch")
                    .contains("Hoạt động thương mại, dịch vụ trên địa bàn tiếp tục được duy trì và phát triển ổn định.")
                    .contains("tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024");
        }
    }

    @Test
    void theEditorStartsAnEmptySectionFromLastYearsReportAndSavesItOnlyWithTheForm() {
        String lastYear = "Một số chỉ tiêu về thu ngân sách đạt thấp so với kế hoạch quý III năm 2023.";
        assertThat(new Api(port)
                        .put("/api/v1/reports/105/2023-Q3/narrative", """
                {"sections": [{"key": "%s", "text": "%s"}]}
                """.formatted(
                                        ReportSections.LIMITATIONS, lastYear))
                        .status())
                .isEqualTo(200);
        Api city = Api.signedInPage(port, "thanhpho.laichau");
        String editor = city.text("/bao-cao/noi-dung?area=105&period=2024-Q3").body();
        assertThat(editor).contains(lastYear).contains("Lấy từ báo cáo quý III năm 2023 để sửa");
        assertThat(new Api(port)
                        .get("/api/v1/reports/105/2024-Q3/narrative")
                        .body()
                        .findValuesAsString("text"))
                .as("nothing is written until the form is saved")
                .doesNotContain(lastYear);

        String edited = "Thu ngân sách quý III năm 2024 vẫn chưa đạt kế hoạch.";
        assertThat(new Api(port)
                        .put("/api/v1/reports/105/2024-Q3/narrative", """
                {"sections": [{"key": "%s", "text": "%s"}]}
                """.formatted(ReportSections.LIMITATIONS, edited))
                        .status())
                .isEqualTo(200);
        assertThat(city.text("/bao-cao/noi-dung?area=105&period=2024-Q3").body())
                .contains(edited)
                .doesNotContain(lastYear)
                .doesNotContain("Lấy từ báo cáo");
    }

    @Test
    void anUnknownSectionIsRefusedInVietnamese() {
        Api.Reply refused = new Api(port).put(NARRATIVE, """
                {"sections": [{"key": "thể thao điện tử", "text": "x"}]}
                """);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).contains("Mục \"thể thao điện tử\" không có trong báo cáo");
    }

    @Test
    void theReportPageOffersThePreviewAndTheThreeFormats() throws Exception {
        Api signedIn = Api.signedInPage(port, "thanhpho.laichau");
        String page = signedIn.text("/bao-cao?area=105&period=2024").body();
        assertThat(page)
                .contains("format=docx")
                .contains("format=pdf")
                .contains("format=xlsx")
                .contains("/bao-cao/xem?area=105");
        String preview = signedIn.text("/bao-cao/xem?area=105&period=2024").body();
        assertThat(preview).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("đạt 102,7% kế hoạch");
        String editor = signedIn.text("/bao-cao/noi-dung?area=105&period=2024").body();
        assertThat(editor).contains("Nơi nhận").contains("section:thương mại dịch vụ du lịch");
        assertThat(Api.signedInPage(port, "phuong.doanket")
                        .text("/bao-cao/xem?area=105&period=2024")
                        .statusCode())
                .as("another unit's report is refused")
                .isEqualTo(403);
    }

    @Test
    void aUnitOutsideTheAccountsReachCannotWriteItsNarrative() {
        Api.Reply refused = new Api(port).as("phuong.tanphong").put(NARRATIVE, """
                {"sections": [{"key": "thương mại dịch vụ du lịch", "text": "x"}]}
                """);
        assertThat(refused.status()).isEqualTo(403);
    }
}

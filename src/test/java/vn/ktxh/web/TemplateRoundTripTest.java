package vn.ktxh.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.data.FiguresChanged;

/**
 * The template round trip of the reporting cycle in a real browser: the ward officer of phường Tân Phong downloads the
 * Excel template of 2025, fills an estimate by program, uploads it, reads the preview, commits, sees the figure judged
 * against the plan and submits the report; the province synthesis office, at another computer, approves it; after
 * that the same template, filled again, is refused because the approved figures are locked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateRoundTripTest {

    /** "Ước thực hiện" in the sheet "Số liệu"; column B holds the indicator code. */
    private static final int ESTIMATE = 5;

    private static final Path FILES = Paths.get("target", "round-trip");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    Browser browser;
    Page ward;

    @BeforeAll
    void open() {
        browser = new Browser();
        ward = browser.page;
        Browser.signIn(ward, url(""), "phuong.tanphong");
    }

    @AfterAll
    void closeAndPutBack() {
        if (browser != null) {
            browser.close();
        }
        String tanPhong2025 = " where period = '2025' and area_id in (select id from area where code = '03408')";
        db.sql("delete from report_event" + tanPhong2025).update();
        db.sql("delete from report_status" + tanPhong2025).update();
        db.sql("delete from figure" + tanPhong2025 + " and indicator_code = 'NN01' and kind = 'ESTIMATE'")
                .update();
        db.sql("delete from figure_audit" + tanPhong2025 + " and indicator_code = 'NN01'")
                .update();
        events.publishEvent(new FiguresChanged(0)); // changed behind the doors: cached evaluations go
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aFilledTemplateIsUploadedJudgedSubmittedApprovedAndThenLocked() throws IOException {
        assertThat(db.sql(
                                "select count(*) from figure f join area a on a.id = f.area_id where a.code = '03408' and f.period = '2025'"
                                        + " and f.indicator_code = 'NN01' and f.kind = 'ESTIMATE'")
                        .query(Integer.class)
                        .single())
                .as("no estimate yet")
                .isZero();

        ward.navigate(url("/nhap-so-lieu?area=03408&period=2025"));
        assertThat(ward.locator("#trang-thai-bao-cao")).hasText("Nháp");
        browser.screenshot("30-nhap-so-lieu-nhap");
        ward.locator("#nhap-tu-excel").click();
        assertThat(ward.locator("#mau-don-vi")).hasValue("03408");
        assertThat(ward.locator("#mau-ky")).hasValue("2025");

        Download download =
                ward.waitForDownload(() -> ward.locator("#nut-tai-mau").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        Files.createDirectories(FILES);
        Path template = FILES.resolve(download.suggestedFilename());
        download.saveAs(template);
        Path filled = fill(template, "mau-da-dien.xlsx", 120);

        ward.locator("#tep").setInputFiles(filled);
        ward.locator("#nut-tai-len").click();
        assertThat(ward.locator("#bang-thay-doi")).isVisible();
        assertThat(ward.locator("#bang-thay-doi tbody tr")).hasCount(1);
        assertThat(ward.locator("#bang-thay-doi tr[data-indicator=NN01][data-kind=ESTIMATE] .gia-tri-moi"))
                .hasText("120");
        browser.screenshot("31-trao-doi-xem-truoc");
        ward.locator("#nut-ghi").click();
        assertThat(ward.locator("#so-da-ghi")).hasText("1");
        browser.screenshot("32-trao-doi-da-ghi");

        ward.locator("#xem-danh-gia").click();
        assertThat(ward).hasURL(url("/danh-gia?area=03408&period=2025"));
        assertThat(ward.locator("#chi-tieu-NN01 .actual")).containsText("120");
        assertThat(ward.locator("#chi-tieu-NN01 .percent")).hasText("106,8"); // 120 of a plan of 112,4
        browser.screenshot("33-danh-gia-sau-tai-len");

        ward.navigate(url("/nhap-so-lieu?area=03408&period=2025"));
        assertThat(ward.locator("#nut-phe-duyet")).hasCount(0);
        ward.locator("#nut-gui").click();
        assertThat(ward.locator("#trang-thai-bao-cao")).hasText("Đã gửi");
        assertThat(ward.locator("#da-chuyen")).containsText("Đã gửi báo cáo");
        browser.screenshot("34-da-gui-bao-cao");

        Page office = browser.newPage();
        Browser.signIn(office, url(""), "tonghop.laichau");
        office.navigate(url("/tinh-hinh-bao-cao?area=12&period=2025"));
        assertThat(office.locator("#don-vi-03408 .tinh-hinh"))
                .hasText("Gửi muộn"); // today, after the deadline 20/12/2025
        assertThat(office.locator("#don-vi-03408 .so-ngay-tre")).not().isEmpty();
        Browser.screenshot(office, "35-tinh-hinh-bao-cao");
        office.navigate(url("/nhap-so-lieu?area=03408&period=2025"));
        assertThat(office.locator("#trang-thai-bao-cao")).hasText("Đã gửi");
        Browser.screenshot(office, "36-tong-hop-truoc-phe-duyet");
        office.locator("#nut-phe-duyet").click();
        assertThat(office.locator("#trang-thai-bao-cao")).hasText("Đã phê duyệt");
        assertThat(office.locator("#khoa")).hasText("Báo cáo đã được phê duyệt; cần mở lại để sửa.");
        assertThat(office.locator("#v_NN01")).isDisabled();
        assertThat(office.locator("#nut-mo-lai")).isVisible();
        Browser.screenshot(office, "37-da-phe-duyet");
        office.navigate(url("/nhat-ky?area=03408&from=2025-01-01&to=2030-12-31"));
        assertThat(office.locator("#bang-nhat-ky")).containsText("Báo cáo — đã phê duyệt");
        Browser.screenshot(office, "38-nhat-ky");

        ward.navigate(url("/trao-doi?area=03408&period=2025"));
        ward.locator("#tep").setInputFiles(fill(template, "mau-dien-lai.xlsx", 125));
        Response refused = ward.waitForResponse(
                r -> r.url().contains("/trao-doi") && r.request().method().equals("POST"),
                () -> ward.locator("#nut-tai-len").click());
        assertThat(refused.status())
                .as("refused at the upload already, before any preview")
                .isEqualTo(409);
        assertThat(ward.locator("#nut-ghi")).hasCount(0);
        assertThat(ward.locator("#loi")).containsText("đã được phê duyệt");
        browser.screenshot("39-tai-len-bi-khoa");
        assertThat(db.sql(
                                "select value from figure f join area a on a.id = f.area_id where a.code = '03408' and f.period = '2025'"
                                        + " and f.indicator_code = 'NN01' and f.kind = 'ESTIMATE'")
                        .query(BigDecimal.class)
                        .single())
                .as("the approved figure stays")
                .isEqualByComparingTo("120");
    }

    /** The template with the estimate of NN01 set to {@code value}, as a person would type it in Excel. */
    private static Path fill(Path template, String name, int value) throws IOException {
        try (InputStream in = Files.newInputStream(template);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Số liệu");
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && "NN01".equals(r.getCell(1).toString())) {
                    row = r;
                }
            }
            assertThat(row).as("NN01 in the template").isNotNull();
            row.getCell(ESTIMATE).setCellValue(value);
            Path out = FILES.resolve(name);
            try (OutputStream stream = Files.newOutputStream(out)) {
                book.write(stream);
            }
            return out;
        }
    }
}

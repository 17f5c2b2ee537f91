package vn.ktxh.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The daily work in the browser: each demo account signs in to its own unit (an agency to its tasks), a ward officer
 * enters a month's figures, the province office downloads its report in every format, and the pages fit a phone.
 */
class DailyWorkJourneyTest extends SignedInBrowserTest {

    @ParameterizedTest(name = "{0} reaches {2}")
    @CsvSource(delimiter = '|', textBlock = """
            quantri          | Tổng quan | Cả nước
            tonghop.quocgia  | Tổng quan | Cả nước
            lanhdao.quocgia  | Tổng quan | Cả nước
            tonghop.laichau  | Tổng quan | tỉnh Lai Châu
            lanhdao.laichau  | Tổng quan | tỉnh Lai Châu
            so.giaoduc       | Tổng quan | tỉnh Lai Châu
            thanhpho.laichau | Tổng quan | thành phố Lai Châu
            phuong.tanphong  | Tổng quan | phường Tân Phong
            phuong.doanket   | Tổng quan | phường Đoàn Kết
            vanhoa.doanket   | Nhiệm vụ  | phường Đoàn Kết
            congan.doanket   | Nhiệm vụ  | phường Đoàn Kết
            """)
    void everyDemoAccountSignsInToItsOwnWork(String user, String page, String unit) {
        Page own = browser.newPage();
        Browser.signIn(own, url(""), user);
        assertThat(own.locator("h1")).containsText(page);
        assertThat(own.locator("h1")).containsText(unit);
        own.context().close();
    }

    @Test
    void aWardOfficerEntersAMonthsFigures() {
        Page ward = browser.newPage();
        Browser.signIn(ward, url(""), "phuong.doanket");
        ward.locator("#menu")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Nhập số liệu").setExact(true))
                .click();
        ward.locator("#period-input").fill("2026-M03");
        ward.locator("#period-input").press("Enter");
        assertThat(ward.locator("h1")).containsText("phường Đoàn Kết, tháng 3 năm 2026");
        assertThat(ward.locator("#dong-NS01 .plan")).containsText("134.700");
        ward.locator("#v_NS01").fill("12.345,6");
        ward.locator("#entry-form button[type=submit]").first().click();
        assertThat(ward.locator("#saved")).containsText("Đã lưu 1 số liệu");
        assertThat(ward.locator("#v_NS01")).hasValue("12.345,6");
        ward.context().close();
    }

    @Test
    void theProvinceOfficeDownloadsItsReportInEveryFormat() {
        page.navigate(url("/bao-cao?area=105&period=2024"));
        for (String format : List.of("docx", "pdf", "xlsx")) {
            Download download = page.waitForDownload(
                    () -> page.locator("a", new Page.LocatorOptions().setHasText("Tải về ." + format))
                            .click());
            assertThat(download.failure()).as(format).isNull();
            assertThat(download.suggestedFilename()).endsWith("." + format);
        }
    }

    @Test
    void thePagesFitAPhoneWithoutScrollingSideways() {
        Page phone = browser.newPage();
        phone.setViewportSize(390, 844);
        Browser.signIn(phone, url(""), "tonghop.laichau");
        for (String path : List.of(
                "/",
                "/nhap-so-lieu?area=03408&period=2025",
                "/danh-gia?area=105&period=2024",
                "/ke-hoach",
                "/tinh-hinh-bao-cao",
                "/nhiem-vu?area=03388",
                "/tai-khoan",
                "/huong-dan")) {
            phone.navigate(url(path));
            Object width = phone.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(390);
        }
        phone.context().close();
    }
}

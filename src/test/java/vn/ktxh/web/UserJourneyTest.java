package vn.ktxh.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ktxh.api.Api;

/**
 * A ward officer's morning in a real browser: from the city dashboard to the new phường Tân Phong, a
 * figure typed in Vietnamese notation, its evaluation, and an English-notation figure refused beside
 * its field while the other typed values stay and nothing is stored.
 */
class UserJourneyTest extends SignedInBrowserTest {

    @Test
    void aWardOfficerEntersAFigureSeesItJudgedAndIsToldPreciselyWhatIsWrong() {
        page.navigate(url("/?area=105&period=2024"));
        assertThat(page.locator("h1")).containsText("thành phố Lai Châu, năm 2024");
        assertThat(page.locator("#trend tbody tr")).hasCount(5);
        browser.screenshot("01-tong-quan");

        page.getByLabel("Tìm đơn vị").fill("tan phong");
        Locator newWard = page.locator(".area-choices a[href*='area=03408&period=2025']");
        assertThat(newWard).hasText("phường Tân Phong");
        browser.screenshot("02-tim-don-vi");
        newWard.click();
        assertThat(page.locator("h1")).containsText("phường Tân Phong, năm 2025");
        browser.screenshot("03-tong-quan-tan-phong-2025");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Nhập số liệu").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/nhap-so-lieu\\?area=03408&period=2025"));
        assertThat(page.locator("#dong-NS01 .plan")).hasText("1.595,3");
        page.getByLabel("Thu ngân sách nhà nước trên địa bàn").fill("1.595,3");
        browser.screenshot("04-nhap-so-lieu");
        page.locator("#entry-form button[type=submit]").first().click();
        assertThat(page.locator("#saved")).containsText("Đã lưu 1 số liệu");

        page.getByText("Xem kết quả đánh giá").click();
        Locator row = page.locator("#chi-tieu-NS01");
        assertThat(row.locator(".actual")).containsText("1.595,3");
        assertThat(row.locator(".percent")).hasText("100");
        assertThat(row.locator(".status-cell")).hasText("● đạt");
        browser.screenshot("05-danh-gia-tan-phong-2025");

        page.navigate(url("/nhap-so-lieu?area=03408&period=2025"));
        page.locator("#v_NS01").fill("1,595.3");
        page.locator("#v_LD05").fill("300");
        assertThat(page.locator("#err-NS01"))
                .containsText("viết theo kiểu tiếng Anh"); // checked on change, before saving
        page.locator("#entry-form button[type=submit]").first().click();
        assertThat(page.locator("#refused")).containsText("Chưa lưu số liệu nào");
        assertThat(page.locator("#err-NS01")).containsText("\"1,595.3\" viết theo kiểu tiếng Anh");
        assertThat(page.locator("#v_NS01")).hasValue("1,595.3");
        assertThat(page.locator("#v_LD05")).hasValue("300");
        assertThat(page.locator("#err-LD05")).hasText("");
        browser.screenshot("06-nhap-so-lieu-bi-tu-choi");

        Api api = new Api(port);
        assertThat(api.get("/api/v1/figures/history?area=03408&period=2025&indicator=LD05")
                        .body()
                        .size())
                .isZero();
        var ns01 = api.get("/api/v1/figures/history?area=03408&period=2025&indicator=NS01")
                .body();
        assertThat(ns01.size()).isEqualTo(1);
        assertThat(ns01.get(0).get("newValue").decimalValue()).isEqualByComparingTo("1595.3");
        assertThat(ns01.get(0).get("changedBy").asString())
                .as("the signed-in officer")
                .isEqualTo("tonghop.laichau");
    }

    @Test
    void everyOtherPageReadsWellOnALaptop() {
        page.navigate(url("/don-vi?ngay=2025-07-01"));
        page.getByLabel("Tìm theo tên hoặc mã (không cần dấu)").fill("tan phong");
        assertThat(page.locator("#area-list table a")).hasText("phường Tân Phong");
        browser.screenshot("07-don-vi-tim");
        page.locator("#area-list table a").click();
        assertThat(page.locator("h1")).hasText("phường Tân Phong");
        assertThat(page.locator("table").first()).containsText("phường Đông Phong");
        assertThat(page.locator("table").first()).containsText("Nghị quyết");
        browser.screenshot("08-don-vi-lich-su");

        page.navigate(url("/chi-tieu"));
        page.getByLabel("Tìm theo tên hoặc mã (không cần dấu)").fill("dao tao nghe");
        assertThat(page.locator("#indicator-rows tr").first()).containsText("đào tạo nghề");
        browser.screenshot("09-chi-tieu");
        page.locator("#indicator-rows a").first().click();
        assertThat(page.locator("dl")).containsText("Cách tổng hợp");
        browser.screenshot("10-chi-tieu-dinh-nghia");

        page.navigate(url("/ke-hoach?area=03408&period=2025"));
        assertThat(page.locator("article").first()).containsText("trên 91,5%");
        browser.screenshot("11-ke-hoach");
        page.navigate(url("/ke-hoach?area=12&period=2025"));
        browser.screenshot("12-ke-hoach-tinh-giao-xa");

        page.navigate(url("/danh-gia?area=105&period=2024"));
        assertThat(page.locator("#achievement")).containsText("chỉ tiêu chủ yếu đạt và vượt kế hoạch");
        assertThat(page.locator("#chi-tieu-NS01 .status-cell")).hasText("▼ không đạt");
        browser.screenshot("13-danh-gia-thanh-pho-2024");
        page.locator("#chi-tieu-NS01 .actual a").click();
        assertThat(page.locator("h1")).containsText("Thu ngân sách");
        browser.screenshot("14-chi-tiet-so-lieu");

        page.navigate(url("/?area=12&period=2025"));
        assertThat(page.locator("h1")).containsText("tỉnh Lai Châu");
        browser.screenshot("15-tong-quan-tinh");
    }
}

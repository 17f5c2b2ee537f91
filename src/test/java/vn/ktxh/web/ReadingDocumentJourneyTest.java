package vn.ktxh.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ktxh.api.Api;

/**
 * The province synthesis office reads a ward's plan in a real browser: uploads the .txt, sees the statements marked
 * on their lines, corrects the value the document got wrong and accepts it into phường Tân Phong's 2025 plan.
 */
class ReadingDocumentJourneyTest extends SignedInBrowserTest {

    @Test
    void anOfficerUploadsAPlanCorrectsAValueAndAcceptsItAsATarget() throws IOException {
        page.navigate(url("/?area=03408&period=2025"));
        // "Đọc văn bản" is in the navbar's menu "Khác", which opens from the keyboard
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Khác").setExact(true))
                .focus();
        page.keyboard().press("Enter");
        Locator reading = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Đọc văn bản").setExact(true));
        assertThat(reading).isVisible();
        browser.screenshot("19-tong-quan-menu-khac");
        reading.click();
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Khác").setExact(true)))
                .hasAttribute("aria-current", "true");
        assertThat(page).hasURL(Pattern.compile("/doc-van-ban\\?area=03408&period=2025"));
        assertThat(page.getByLabel("Mã đơn vị văn bản nói về")).hasValue("03408");
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream("/extraction/ke-hoach-tan-phong-2025.txt")) {
            text = in.readAllBytes();
        }
        page.locator("#file").setInputFiles(new FilePayload("ke-hoach-tan-phong-2025.txt", "text/plain", text));
        browser.screenshot("20-doc-van-ban-tai-len");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc văn bản"))
                .click();

        assertThat(page.locator("h1")).containsText("ke-hoach-tan-phong-2025.txt");
        assertThat(page.locator("#statement-count")).hasText("9");
        Locator poverty = page.locator("#line-11 mark");
        assertThat(poverty).containsText("xuống còn 1,65%");
        assertThat(poverty.locator(".badge")).hasText("5");
        assertThat(page.locator("#indicator-5")).hasValue("LD01");
        assertThat(page.locator("#value-4")).hasValue("1.600");
        assertThat(page.locator("#row-9")).containsText("chỉ tiêu mới");
        browser.screenshot("20-doc-van-ban-de-xuat");

        page.locator("#row-4").scrollIntoViewIfNeeded();
        page.locator("#value-4").fill("1,650.5");
        page.locator("#accept-4").check();
        page.locator("#plan")
                .selectOption(new SelectOption()
                        .setLabel(page.locator("#plan option", new Page.LocatorOptions().setHasText("phường Tân Phong"))
                                .first()
                                .textContent()));
        page.locator("#accept-button").click();
        assertThat(page.locator("#refused")).containsText("Chưa nhận dòng nào: 1 lỗi");
        assertThat(page.locator("#error-4")).containsText("viết theo kiểu tiếng Anh");
        assertThat(page.locator("#value-4")).hasValue("1,650.5");
        assertThat(page.locator("#accept-4")).isChecked();
        page.locator("#row-4").scrollIntoViewIfNeeded();
        browser.screenshot("20-doc-van-ban-tu-choi");

        page.locator("#value-4").fill("1.650");
        browser.screenshot("20-doc-van-ban-sua");
        page.locator("#accept-button").click();

        assertThat(page.locator("#accepted")).containsText("Đã nhận 1 chỉ tiêu kế hoạch và 0 số liệu.");
        browser.screenshot("20-doc-van-ban-da-nhan");
        JsonNode ns04 = null;
        for (JsonNode plan :
                new Api(port).get("/api/v1/plans?area=03408&period=2025").body()) {
            for (JsonNode target : plan.get("targets")) {
                if (target.get("indicator").asString().equals("NS04")) {
                    ns04 = target;
                }
            }
        }
        assertThat(ns04).isNotNull();
        assertThat(ns04.get("value").decimalValue()).isEqualByComparingTo("1650");
    }

    @Test
    void theReportPageIsInTheSharedLayout() {
        page.navigate(url("/bao-cao?area=105&period=2024"));
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)))
                .hasAttribute("aria-current", "page");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Nhiệm vụ").setExact(true)))
                .hasAttribute("href", "/nhiem-vu?area=105&period=2024");
        assertThat(page.frameLocator("iframe[title='Xem trước báo cáo']").locator("body"))
                .containsText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        browser.screenshot("21-bao-cao");
        page.navigate(url("/bao-cao/noi-dung?area=105&period=2024"));
        assertThat(page.getByLabel("Họ và tên người ký")).isVisible();
        browser.screenshot("22-bao-cao-noi-dung");
    }
}

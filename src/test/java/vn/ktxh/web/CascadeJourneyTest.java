package vn.ktxh.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The province office in the browser: records a plan from its decision, sets a province target, opens the grid that
 * gives it to the communes, pre-fills it, watches the check turn when a commune is typed short and turn green again,
 * and saves. Year 2032 belongs to this test alone.
 */
class CascadeJourneyTest extends SignedInBrowserTest {

    @Test
    void theProvinceOfficeSetsATargetCascadesItAndSeesTheCheckTurnGreen() {
        page.navigate(url("/ke-hoach?area=12&period=2032"));
        page.locator("#lap-ke-hoach summary").click();
        page.locator("#kh-ten").fill("Kế hoạch phát triển kinh tế - xã hội năm 2032");
        page.locator("#kh-ky").fill("2032");
        page.locator("#kh-so").fill("3201/QĐ-UBND");
        page.locator("#kh-ngay").fill("2031-12-10");
        page.locator("#kh-cq").fill("UBND tỉnh Lai Châu");
        page.locator("#lap-ke-hoach button[type=submit]").click();
        assertThat(page.locator("#da-luu")).containsText("Đã lập kế hoạch");

        Locator plan = page.locator("article[id^=ke-hoach-]").first();
        String id = plan.getAttribute("id").substring("ke-hoach-".length());
        plan.locator("#giao-chi-tieu-" + id + " summary").click();
        page.locator("#ct" + id + "-chi-tieu").selectOption("YT09");
        page.locator("#ct" + id + "-don-vi").selectOption("12");
        page.locator("#ct" + id + "-dang").selectOption("AT_LEAST");
        page.locator("#ct" + id + "-gia-tri").fill("95");
        page.locator("#giao-chi-tieu-" + id + " button[type=submit]").click();
        assertThat(page.locator("#da-luu")).containsText("YT09");

        page.locator("#luoi-giao-" + id).click();
        page.locator("#quy-tac").selectOption("POPULATION_SHARE");
        page.locator("#dien-san button[type=submit]").click();
        Locator verdict = page.locator("#kiem-tra-YT09");
        assertThat(verdict).hasAttribute("data-verdict", "MATCHES");

        Locator first = page.locator(".cascade-cell").first();
        first.fill("50");
        assertThat(verdict).hasAttribute("data-verdict", "FALLS_SHORT");
        assertThat(verdict).not().hasClass(Pattern.compile("table-success"));
        first.fill("95");
        assertThat(verdict).hasAttribute("data-verdict", "MATCHES");
        assertThat(verdict).hasClass(Pattern.compile("table-success"));

        page.locator("#luoi-giao button[type=submit]").click();
        assertThat(page.locator("#da-luu")).containsText(Pattern.compile("Đã giao \\d+ chỉ tiêu cho cấp xã"));
        Browser.screenshot(page, "giao-chi-tieu-cap-xa");
    }
}

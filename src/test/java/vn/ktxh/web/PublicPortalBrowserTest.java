package vn.ktxh.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState.Move;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.WardTarget;
import vn.ktxh.shared.Period;

/**
 * A visitor who never signs in opens the public portal in Chromium, picks phường Tân Phong in the unit list and reads
 * its approved figure; picking phường Đoàn Kết, whose figure is a draft, shows that nothing is published yet.
 */
@IntegrationTest
class PublicPortalBrowserTest {

    private static final Period YEAR = Period.year(2033);

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    @Test
    void anAnonymousVisitorPicksACommuneAndSeesItsApprovedFigureNeverADraft() {
        long plan = WardTarget.set(plans, YEAR, new BigDecimal("80"), "Kế hoạch thử trang công khai", "8/QĐ-CK");
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03408", "2033", "FINAL", "77,7", null, "thử")),
                "thu",
                null);
        cycles.move(Actor.system(), "03408", YEAR, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03408", YEAR, Move.APPROVE, null);
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03388", "2033", "FINAL", "66,6", null, "thử")),
                "thu",
                null);

        try (Browser browser = new Browser()) {
            var page = browser.page;
            page.navigate("http://localhost:%d/cong-khai?area=12&period=2033".formatted(port));
            page.getByLabel("Đơn vị").selectOption(new SelectOption().setLabel("phường Tân Phong"));
            page.getByText("Xem", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL(url -> url.contains("03408"));
            assertThat(page.locator("#chi-tieu-GD06 .gia-tri")).hasText("77,7");
            assertThat(page.locator("#bang-cong-khai")).containsText("không đạt");
            assertThat(page.locator("#bieu-do-cong-khai svg"))
                    .hasCount(1); // the chart of % of plan, drawn under the CSP
            browser.screenshot("cong-khai-tan-phong");

            page.getByLabel("Đơn vị").selectOption(new SelectOption().setLabel("phường Đoàn Kết"));
            page.getByText("Xem", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL(url -> url.contains("03388"));
            assertThat(page.locator("#chua-cong-bo")).containsText("chưa được cấp trên phê duyệt");
            assertThat(page.content()).doesNotContain("66,6");
            assertThat(page.url()).doesNotContain("dang-nhap");
        }
    }
}

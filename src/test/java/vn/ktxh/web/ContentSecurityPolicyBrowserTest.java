package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main pages, opened by a signed-in officer, break no rule of their Content-Security-Policy: Chromium reports every
 * refused script, style or frame in the console, and any such report fails the test.
 */
class ContentSecurityPolicyBrowserTest extends SignedInBrowserTest {

    private static final List<String> PAGES = List.of("/?area=12&period=2025", "/nhap-so-lieu?area=12&period=2025",
            "/danh-gia?area=12&period=2025", "/bao-cao?area=12&period=2025", "/nhiem-vu?area=12", "/ke-hoach?area=12&period=2025",
            "/don-vi", "/chi-tieu", "/tinh-hinh-bao-cao?area=12&period=2025", "/nhat-ky", "/doc-van-ban?area=12&period=2025",
            "/trao-doi?area=12&period=2025", "/tai-khoan", "/thong-bao", "/huong-dan");

    @Test
    void theMainPagesBreakNoRuleOfTheirPolicy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> violations.add(page.url() + ": " + e));
        for (String path : PAGES) {
            Response response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.headerValue("content-security-policy")).as(path + " has a policy").contains("script-src 'self'");
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theUploadPageStillPostsWithItsProgressScript() {
        page.navigate(url("/trao-doi?area=12&period=2025"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // the script from /assets/ took over the form: without it the form would post and reload the page
        page.setInputFiles("#form-tai-len input[type=file]", new com.microsoft.playwright.options.FilePayload("rong.csv", "text/csv",
                "chi_tieu;don_vi;ky;gia_tri\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String before = page.url();
        page.locator("#form-tai-len button[type=submit]").click();
        page.locator("#so-loi, #xem-truoc").first().waitFor();
        assertThat(page.url()).isEqualTo(before);
    }
}

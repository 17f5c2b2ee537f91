package vn.ktxh.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;

/**
 * In a real browser (the system Chromium): the ward's officer signs in, sees the overdue task of his office first,
 * reports it done, and the task's status and his office's counts change. The demo task is overdue from 01/11/2026.
 */
@IntegrationTest
class TaskBrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final String TASK = "Xây dựng hạ tầng đảm bảo điều kiện cấp đất";
    static final String OFFICE = "Phòng Kinh tế, Hạ tầng và Đô thị";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        // a missing browser is a broken test machine, not a reason to skip: say what to install
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium không có ở %s; cài bằng: apt-get install -y chromium", CHROMIUM).isTrue();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anOfficerSeesTheOverdueTaskReportsItDoneAndTheCountsChange() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        String base = "http://localhost:" + port;
        page.navigate(base + "/nhiem-vu?area=03388");
        page.getByLabel("Tên đăng nhập").fill("phuong.doanket");
        page.getByLabel("Mật khẩu").fill("demo-ktxh-2025");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL("**/nhiem-vu**");
        screenshot(page, "40-nhiem-vu");

        Locator firstRow = page.locator("tbody tr").first();
        assertThat(firstRow.locator(".status").textContent()).as("overdue first").isEqualTo("Đang thực hiện quá hạn");
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(TASK));
        assertThat(row.locator(".status").textContent()).isEqualTo("Đang thực hiện quá hạn");

        page.navigate(base + "/nhiem-vu/co-quan");
        int overdueBefore = count(page, "OVERDUE");
        int lateBefore = count(page, "DONE_LATE");

        page.navigate(base + "/nhiem-vu");
        page.getByText(TASK).first().click();
        screenshot(page, "41-nhiem-vu-chi-tiet");
        page.getByLabel("Tỷ lệ hoàn thành (%)").fill("100");
        page.getByLabel("Kết quả thực hiện").fill("Đã hoàn thiện hạ tầng 4/4 khu đất; tổ chức đấu giá xong (thử nghiệm)");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        page.waitForURL("**da-bao-cao**");
        assertThat(page.locator("#trang-thai").textContent()).isEqualTo("Hoàn thành quá hạn");
        assertThat(page.locator("tbody tr").last().textContent()).contains("100%").contains("phuong.doanket");

        page.navigate(base + "/nhiem-vu/co-quan");
        assertThat(count(page, "OVERDUE")).isEqualTo(overdueBefore - 1);
        assertThat(count(page, "DONE_LATE")).isEqualTo(lateBefore + 1);
        screenshot(page, "42-nhiem-vu-theo-co-quan");
    }

    /** What a 1366×768 laptop shows, for a person to look at (next to the other browser tests' screenshots). */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    private static int count(Page page, String status) {
        return Integer.parseInt(page.locator("tr[data-agency='%s'] td[data-status='%s']".formatted(OFFICE, status)).textContent().strip());
    }
}

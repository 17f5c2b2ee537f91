package vn.ktxh.web;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The system Chromium driven by Playwright, for the browser tests. Playwright must not download its own
 * browsers (the build machines have no access to its CDN), so a missing /usr/bin/chromium fails the test
 * with the command that installs it rather than skipping: a skipped browser test is a silent gap.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    final Page page;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("Browser tests need the system Chromium at " + CHROMIUM
                    + "; install it with: apt-get install -y chromium fonts-dejavu-core");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        page = newPage();
    }

    /** A page in a context of its own: another person at another computer, with no cookie of the first. */
    public Page newPage() {
        Page fresh = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(1366, 768)
                        .setLocale("vi-VN"))
                .newPage();
        fresh.setDefaultTimeout(15_000);
        return fresh;
    }

    /** Signs in through the form, as a person would, with a demo account. */
    void signIn(String baseUrl, String demoUser) {
        signIn(page, baseUrl, demoUser);
    }

    public static void signIn(Page page, String baseUrl, String demoUser) {
        page.navigate(baseUrl + "/dang-nhap");
        page.getByLabel("Tên đăng nhập").fill(demoUser);
        page.getByLabel("Mật khẩu").fill("demo-ktxh-2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(url -> !url.contains("dang-nhap"));
    }

    /** What a 1366×768 laptop shows of the page, saved for a person to look at. */
    void screenshot(String name) {
        screenshot(page, name);
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

package vn.ktxh.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;

/** A browser journey on the running system, signed in once through the form as the province's synthesis office. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignedInBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    Page page;

    @BeforeAll
    void open() {
        browser = new Browser();
        page = browser.page;
        browser.signIn(url(""), "tonghop.laichau");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package vn.ktxh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * The headers that keep a page safe even if text from a user slipped through unescaped: a Content-Security-Policy that
 * runs only our own script files, a Referrer-Policy that keeps addresses (with their unit codes) on our site, no MIME
 * sniffing, and a session cookie that a form on another site cannot send.
 */
@IntegrationTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");
    private static final Pattern HANDLER_ATTRIBUTE =
            Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void pagesRunOnlyTheirOwnScriptFilesAndKeepTheirAddressesToThemselves() {
        for (String path :
                List.of("/dang-nhap", "/tai-khoan", "/?area=12&period=2025", "/trao-doi?area=12&period=2025")) {
            HttpResponse<String> page =
                    Api.signedInPage(port, "tonghop.laichau").text(path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy)
                    .as(path)
                    .contains("script-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'");
            assertThat(directive(policy, "script-src")).as(path).doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
        }
    }

    @Test
    void theApiKeepsItsAddressesToItselfToo() {
        Api.Reply reply = new Api(port).as("tonghop.laichau").get("/api/v1/indicators");
        HttpResponse<String> raw = new Api(port).as("tonghop.laichau").text("/api/v1/indicators");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(raw.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theSessionCookieStaysOnOurSite() {
        String cookie = new Api(port)
                .anonymous()
                .text("/dang-nhap")
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow();
        assertThat(cookie)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly");
    }

    /** The policy forbids inline script, so none may be written: a template with one would break in the browser. */
    @Test
    void noTemplateHasAnInlineScriptOrAnEventHandlerAttribute() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                assertThat(INLINE_SCRIPT.matcher(html).find())
                        .as(file + ": <script> without src")
                        .isFalse();
                assertThat(HANDLER_ATTRIBUTE.matcher(html).find())
                        .as(file + ": on…= attribute")
                        .isFalse();
            }
        }
    }

    private static String directive(String policy, String name) {
        return Stream.of(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElse("");
    }
}

package vn.ktxh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import vn.ktxh.IntegrationTest;

/**
 * A part is rendered once for its source objects and served again while they are the same objects; a part holding
 * a form that posts back carries the session's own token and is never served to another session.
 */
@IntegrationTest
class RenderedPartsTest {

    @Autowired
    RenderedParts parts;

    @Autowired
    WebApplicationContext context;

    @Test
    void aPartIsRenderedAgainOnlyWhenItsSourcesAreOtherObjects() {
        List<String> kept = List.of("a");
        assertThat(plain("plain", kept, 1, "token-A")).contains("giá trị 1");
        assertThat(plain("plain", kept, 2, "token-A"))
                .as("the same sources: kept")
                .contains("giá trị 1");
        assertThat(plain("plain", List.of("a"), 3, "token-A"))
                .as("equal but other objects: rendered again")
                .contains("giá trị 3");
    }

    @Test
    void aFormWithTheSessionsTokenIsNeverServedToAnotherSession() {
        List<String> kept = new ArrayList<>(List.of("b"));
        String first = plain("posting", kept, 1, "token-A");
        String second = plain("posting", kept, 2, "token-B");

        assertThat(first).contains("token-A");
        assertThat(second).contains("token-B").doesNotContain("token-A").contains("giá trị 2");
    }

    @Test
    void requestsArrivingTogetherAfterAChangeWaitForOneRendering() throws Exception {
        List<String> kept = List.of("c");
        AtomicInteger renderings = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                pages.add(pool.submit(() -> plain("plain", kept, n, "token-" + n, () -> {
                    renderings.incrementAndGet();
                    sleep(300); // the first rendering is still under way when the others ask
                    return Map.of("n", n);
                })));
            }
            Set<String> html = new HashSet<>();
            for (Future<String> page : pages) {
                html.add(page.get(30, TimeUnit.SECONDS));
            }
            assertThat(renderings.get()).as("rendered once for all eight").isEqualTo(1);
            assertThat(html).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formsWithTheirTokensAreRenderedForEachSessionEvenWhenAskedTogether() throws Exception {
        List<String> kept = List.of("d");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                pages.add(pool.submit(() -> plain("posting", kept, n, "token-" + n, () -> {
                    sleep(200);
                    return Map.of("n", n);
                })));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(pages.get(i).get(30, TimeUnit.SECONDS)).contains("token-" + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String plain(String fragment, List<String> sources, int n, String token) {
        return plain(fragment, sources, n, token, () -> Map.of("n", n));
    }

    private String plain(String fragment, List<String> sources, int n, String token, Supplier<Map<String, ?>> model) {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        CsrfToken csrf = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token);
        request.setAttribute(CsrfToken.class.getName(), csrf);
        request.setAttribute("_csrf", csrf);
        return parts.html(
                fragment + "-" + sources.get(0),
                List.of(sources),
                "test/parts",
                fragment,
                model,
                request,
                new MockHttpServletResponse());
    }
}

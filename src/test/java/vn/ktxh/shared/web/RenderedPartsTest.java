package vn.ktxh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private String plain(String fragment, List<String> sources, int n, String token) {
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
                () -> Map.of("n", n),
                request,
                new MockHttpServletResponse());
    }
}

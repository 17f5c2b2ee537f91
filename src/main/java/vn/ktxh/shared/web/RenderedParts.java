package vn.ktxh.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The HTML of a page's part, rendered once for the kept results it shows and served again while those
 * results are the very same objects. Kept results (a province's evaluation) are replaced, never changed, when
 * their data changes, so the same objects mean the same HTML; rendering 200 rows is most of a page's cost.
 * A part must show nothing but its key and its sources (no account, no token, no clock).
 */
@Component
public class RenderedParts {

    /** A part for its sources: its HTML once rendered, null when it must not be shared (it holds a session's token). */
    private record Rendered(List<Object> sources, CompletableFuture<String> html) {}

    private static final int LIMIT = 1_000;

    /** The hidden field of a form posting back: it holds the session's token against cross-site requests. */
    private static final String SESSION_TOKEN_FIELD = "name=\"_csrf\"";

    private final Map<Object, Rendered> kept = new ConcurrentHashMap<>();
    /** Asked for at the first rendering: the commands run the application without its web side. */
    private final ObjectProvider<ThymeleafViewResolver> views;

    RenderedParts(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    /**
     * The fragment {@code fragment} of {@code template} rendered with the values {@code model} gives (asked only
     * when it is rendered), or the HTML rendered before for the same key from the same source objects.
     *
     * @param key what, besides the sources, the part shows (unit, period, chosen indicator)
     * @param sources the kept results the part is drawn from, compared by identity
     */
    public String html(
            Object key,
            List<?> sources,
            String template,
            String fragment,
            Supplier<Map<String, ?>> model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Rendered mine = new Rendered(new ArrayList<>(sources), new CompletableFuture<>());
        Rendered current = kept.compute(
                key, (k, before) -> before != null && sameObjects(before.sources(), sources) ? before : mine);
        if (current != mine) {
            // rendered, or being rendered by the request that asked first: after a change of the data the many
            // requests arriving at once wait for one rendering instead of each rendering 200 rows at the same time
            String shared = current.html().exceptionally(failed -> null).join();
            if (shared != null) {
                return shared;
            }
            return render(template + " :: " + fragment, model.get(), request, response);
        }
        try {
            String html = render(template + " :: " + fragment, model.get(), request, response);
            if (html.contains(SESSION_TOKEN_FIELD)) {
                // a form with the session's own token: rendered for this session alone, never kept nor shared
                kept.remove(key, mine);
                mine.html().complete(null);
                return html;
            }
            mine.html().complete(html);
            if (kept.size() > LIMIT) {
                kept.clear();
            }
            return html;
        } catch (RuntimeException e) {
            kept.remove(key, mine);
            mine.html().completeExceptionally(e);
            throw e;
        }
    }

    private static boolean sameObjects(List<Object> before, List<?> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Rendered as the page itself would be (same engine, links, beans), into a string instead of the response. */
    private String render(
            String viewName, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.getObject().resolveViewName(viewName, Locale.forLanguageTag("vi"));
            StringWriter out = new StringWriter();
            view.render(model, request, new Capture(response, new PrintWriter(out)));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Không dựng được phần trang " + viewName, e);
        }
    }

    /** The response as the view sees it, its body written to a string. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Capture(HttpServletResponse response, PrintWriter writer) {
            super(response);
            this.writer = writer;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }
    }
}

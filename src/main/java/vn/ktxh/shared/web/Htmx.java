package vn.ktxh.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What htmx asks of a page: a fragment to swap in, or (first load, back button) the whole page. */
public final class Htmx {

    private Htmx() {}

    /** True for an htmx request, except the history restore after "back", which needs the whole page. */
    public static boolean partial(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The view to render: the fragment for htmx, else the page; caches are told the answer depends on HX-Request. */
    public static String view(HttpServletRequest request, HttpServletResponse response, String page, String fragment) {
        response.addHeader("Vary", "HX-Request");
        return partial(request) ? page + " :: " + fragment : page;
    }
}

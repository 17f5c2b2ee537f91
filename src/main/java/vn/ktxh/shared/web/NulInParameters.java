package vn.ktxh.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Query and form fields with a NUL character are refused at the door, for every page and API route at once,
 * naming the field: PostgreSQL cannot store the character, and it would otherwise surface as a 500.
 * JSON bodies are held to the same rule by {@link JsonInput}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulInParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String field = fieldWithNul(request.getParameterMap());
        if (field == null) {
            chain.doFilter(request, response);
            return;
        }
        String detail = "Trường \"%s\": %s".formatted(field, TextInput.NUL_MESSAGE);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Dữ liệu không hợp lệ\",\"status\":400,\"detail\":\"%s\",\"field\":\"%s\"}"
                                    .formatted(json(detail), json(field)));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write(
                            "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Dữ liệu không hợp lệ</title>"
                                    + "<p>" + HtmlUtils.htmlEscape(detail)
                                    + "</p><p><a href=\"/\">Về trang chủ</a></p></html>");
        }
    }

    private static String fieldWithNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            boolean nul = p.getKey().indexOf('\0') >= 0;
            for (String value : p.getValue()) {
                nul |= value != null && value.indexOf('\0') >= 0;
            }
            if (nul) {
                return p.getKey().replaceAll("\\p{Cntrl}", "");
            }
        }
        return null;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

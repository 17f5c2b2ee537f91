package vn.ktxh.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/**
 * The navbar of every page. Its links keep the area and period the user is looking at, so going from
 * the dashboard of phường Tân Phong 2025 to "Nhập số liệu" opens the form of the same ward and year.
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    record Link(String label, String href, boolean active) {
    }

    private static final List<String[]> SECTIONS = List.of(
            new String[] {"Tổng quan", "/"},
            new String[] {"Đơn vị hành chính", "/don-vi"},
            new String[] {"Chỉ tiêu", "/chi-tieu"},
            new String[] {"Kế hoạch", "/ke-hoach"},
            new String[] {"Nhập số liệu", "/nhap-so-lieu"},
            new String[] {"Đánh giá", "/danh-gia"},
            new String[] {"Tình hình báo cáo", "/tinh-hinh-bao-cao"},
            new String[] {"Nhật ký", "/nhat-ky"},
            new String[] {"Đọc văn bản", "/doc-van-ban"});

    /** Only the pages that take an area and a period get them in their link. */
    private static final List<String> WITH_CONTEXT = List.of("/", "/ke-hoach", "/nhap-so-lieu", "/danh-gia", "/tinh-hinh-bao-cao",
            "/doc-van-ban");

    @ModelAttribute("nav")
    List<Link> nav(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = context(request.getParameter("area"), request.getParameter("period"));
        return SECTIONS.stream().map(s -> new Link(s[0], WITH_CONTEXT.contains(s[1]) ? s[1] + query : s[1],
                s[1].equals("/") ? path.equals("/") : path.startsWith(s[1]))).toList();
    }

    private static String context(String area, String period) {
        if (area == null || area.isBlank() || period == null || period.isBlank()) {
            return "";
        }
        return "?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8) + "&period="
                + URLEncoder.encode(period, StandardCharsets.UTF_8);
    }
}

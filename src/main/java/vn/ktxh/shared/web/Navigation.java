package vn.ktxh.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The navbar of every page. Its links keep the area and period the user is looking at, so going from
 * the dashboard of phường Tân Phong 2025 to "Nhập số liệu" opens the form of the same ward and year.
 * The daily work is in the bar itself; catalogues and tools are in the menu "Khác", so the bar stays on
 * one line on a 1366 px laptop.
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    record Link(String label, String href, boolean active) {}

    /** A menu of links; it is active when the page shown is one of them. */
    record Menu(String label, List<Link> links) {

        public boolean active() {
            return links.stream().anyMatch(Link::active);
        }
    }

    /** What a section's link carries of the page shown: nothing, or the area and the period. */
    private enum Context {
        NONE,
        AREA_AND_PERIOD
    }

    private record Section(String label, String path, Context context) {}

    private static final List<Section> DAILY = List.of(
            new Section("Tổng quan", "/", Context.AREA_AND_PERIOD),
            new Section("Nhập số liệu", "/nhap-so-lieu", Context.AREA_AND_PERIOD),
            new Section("Đánh giá", "/danh-gia", Context.AREA_AND_PERIOD),
            new Section("Báo cáo", "/bao-cao", Context.AREA_AND_PERIOD),
            new Section("Nhiệm vụ", "/nhiem-vu", Context.AREA_AND_PERIOD),
            new Section("Kế hoạch", "/ke-hoach", Context.AREA_AND_PERIOD));

    private static final List<Section> OTHER = List.of(
            new Section("Đơn vị hành chính", "/don-vi", Context.NONE),
            new Section("Chỉ tiêu", "/chi-tieu", Context.NONE),
            new Section("Tình hình báo cáo", "/tinh-hinh-bao-cao", Context.AREA_AND_PERIOD),
            new Section("Đầu tư công", "/dau-tu-cong", Context.AREA_AND_PERIOD),
            new Section("Nhật ký", "/nhat-ky", Context.NONE),
            new Section("Đọc văn bản", "/doc-van-ban", Context.AREA_AND_PERIOD),
            new Section("Trao đổi Excel/CSV", "/trao-doi", Context.AREA_AND_PERIOD),
            new Section("Tài khoản", "/tai-khoan", Context.NONE),
            new Section("Hướng dẫn", "/huong-dan", Context.NONE));

    @ModelAttribute("nav")
    List<Link> nav(HttpServletRequest request) {
        return DAILY.stream().map(s -> link(s, request)).toList();
    }

    @ModelAttribute("navMore")
    Menu navMore(HttpServletRequest request) {
        return new Menu("Khác", OTHER.stream().map(s -> link(s, request)).toList());
    }

    private static Link link(Section section, HttpServletRequest request) {
        String path = request.getRequestURI();
        String area = request.getParameter("area");
        String period = request.getParameter("period");
        String query = switch (section.context()) {
            case NONE -> "";
            case AREA_AND_PERIOD ->
                blank(area) || blank(period) ? "" : "?area=" + encode(area) + "&period=" + encode(period);
        };
        boolean active = section.path().equals("/") ? path.equals("/") : path.startsWith(section.path());
        return new Link(section.label(), section.path() + query, active);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

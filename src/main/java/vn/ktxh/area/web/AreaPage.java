package vn.ktxh.area.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.area.Lineage;
import vn.ktxh.area.UnitReach;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.web.Htmx;

/** Đơn vị hành chính: the tree on a day, a search without diacritics, each unit's history and lineage. */
@Controller
class AreaPage {

    /** A unit in the tree with the units under it that day. */
    record Node(Area area, List<Node> children) {}

    /** A search result: the unit, where it sits, and where choosing it leads. */
    record Choice(Area area, String parent, String href) {}

    /** The pages a chooser may lead to; anything else is refused rather than echoed into a link. */
    private static final Set<String> PAGES = Set.of("/", "/ke-hoach", "/nhap-so-lieu", "/danh-gia", "/don-vi");

    private static final int MAX_CHOICES = 25;

    private final Areas areas;
    private final Clock clock;
    private final UnitReach reach;

    AreaPage(Areas areas, Clock clock, UnitReach reach) {
        this.areas = areas;
        this.clock = clock;
        this.reach = reach;
    }

    @GetMapping("/don-vi")
    String tree(
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        AreaMap map = areas.map();
        model.addAttribute("day", on);
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute(
                    "matches",
                    map.asOf(on, q).stream()
                            .map(a -> choice(map, a, "/don-vi", null))
                            .toList());
        } else {
            model.addAttribute(
                    "roots",
                    map.asOf(on, null).stream()
                            .filter(a -> a.parentId() == null
                                    || map.byId(a.parentId())
                                            .filter(p -> p.validOn(on))
                                            .isEmpty())
                            .map(a -> node(map, a, on))
                            .toList());
        }
        return Htmx.view(request, response, "area/tree", "list");
    }

    @GetMapping("/don-vi/{code}")
    String unit(
            @PathVariable String code,
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        Area area = areas.find(code, day)
                .orElseThrow(() -> new RejectedInput(
                        "code",
                        "Không có đơn vị hành chính mã \"%s\"%s"
                                .formatted(code, day == null ? "" : " vào ngày " + day)));
        AreaMap map = areas.map();
        LocalDate shown = area.validTo() != null ? area.validTo() : LocalDate.now(clock);
        Lineage lineage = map.lineage(area);
        Period period = Period.year(shown.getYear());
        model.addAttribute("area", area);
        model.addAttribute(
                "parent",
                area.parentId() == null ? null : map.byId(area.parentId()).orElse(null));
        model.addAttribute(
                "children", map.childrenOn(area, shown.isBefore(area.validFrom()) ? area.validFrom() : shown));
        model.addAttribute("shownOn", shown);
        model.addAttribute("lineage", lineage);
        model.addAttribute(
                "sameCode",
                map.asOf(null, code).stream()
                        .filter(a -> a.code().equals(area.code()))
                        .toList());
        model.addAttribute("ref", map.reference(area, period));
        model.addAttribute("period", period.toString());
        model.addAttribute("opens", reach.mayOpen(area));
        return "area/unit";
    }

    /** The unit chooser of every page: search results as links to the same page for the chosen unit. */
    @GetMapping("/don-vi/chon")
    String choose(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "/") String page,
            @RequestParam(required = false) String period,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!PAGES.contains(page)) {
            throw new RejectedInput("page", "Trang \"%s\" không có trong hệ thống".formatted(page));
        }
        Period asked = period == null || period.isBlank()
                ? Period.year(LocalDate.now(clock).getYear())
                : Period.parse(period);
        AreaMap map = areas.map();
        LocalDate day = asked.lastDay();
        boolean browsing = q == null || q.isBlank();
        // units of the period's date first; a unit of another date is still found, with its dates beside it
        List<Area> found = browsing
                ? ownTree(map, day)
                : map.asOf(null, q).stream()
                        .filter(reach::mayOpen)
                        .sorted(Comparator.comparing((Area a) -> !a.validOn(day)))
                        .limit(MAX_CHOICES)
                        .toList();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("browsing", browsing);
        model.addAttribute("day", day);
        model.addAttribute(
                "choices", found.stream().map(a -> choice(map, a, page, asked)).toList());
        model.addAttribute("page", page);
        model.addAttribute("period", period);
        return Htmx.view(request, response, "area/choose", "choices");
    }

    /**
     * Before anything is typed: the account's own unit and the units right under it on the day (an account of the
     * whole system: the top units), so that a commune officer or a province office picks with a click.
     */
    private List<Area> ownTree(AreaMap map, LocalDate day) {
        List<Area> tops = reach.home()
                .map(List::of)
                .orElseGet(() -> map.asOf(day, null).stream()
                        .filter(a -> a.parentId() == null)
                        .filter(reach::mayOpen)
                        .toList());
        List<Area> out = new ArrayList<>();
        for (Area top : tops) {
            out.add(top);
            map.childrenOn(top, day).stream().filter(reach::mayOpen).forEach(out::add);
        }
        return out;
    }

    private static Choice choice(AreaMap map, Area area, String page, Period asked) {
        String parent = area.parentId() == null
                ? null
                : map.byId(area.parentId()).map(Area::fullName).orElse(null);
        String href;
        if (page.equals("/don-vi")) {
            href = "/don-vi/" + area.code() + "?ngay=" + area.validFrom();
        } else {
            Period period = AreaMap.periodFor(area, asked);
            href = page + "?area=" + map.reference(area, period) + "&period=" + period;
        }
        return new Choice(area, parent, href);
    }

    private static Node node(AreaMap map, Area area, LocalDate day) {
        List<Node> children = new ArrayList<>();
        for (Area child : map.childrenOn(area, day)) {
            children.add(node(map, child, day));
        }
        return new Node(area, children);
    }
}

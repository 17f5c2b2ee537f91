package vn.ktxh.cycle.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportingCalendar;
import vn.ktxh.cycle.Timeliness;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * Tình hình báo cáo: for the units under an area, who has not reported a period by its deadline, who reported late
 * (and by how many days), who in time; counted at the top, filtered by verdict, sorted by name, delay or state.
 */
@Controller
class ReportingStatusPage {

    private static final Comparator<Timeliness> BY_NAME =
            Comparator.comparing(t -> t.area().name(), Collator.getInstance(Locale.forLanguageTag("vi")));

    /** The orders the table offers: the map's order (by name), the longest delay first, or by state. */
    enum Sort {
        TEN(BY_NAME),
        TRE(Comparator.comparingLong(Timeliness::daysLate).reversed().thenComparing(BY_NAME)),
        TRANG_THAI(Comparator.comparing(Timeliness::state).thenComparing(BY_NAME));

        private final Comparator<Timeliness> order;

        Sort(Comparator<Timeliness> order) {
            this.order = order;
        }
    }

    private final Cycles cycles;
    private final Areas areas;
    private final Workplace workplace;

    ReportingStatusPage(Cycles cycles, Areas areas, Workplace workplace) {
        this.cycles = cycles;
        this.areas = areas;
        this.workplace = workplace;
    }

    @GetMapping("/tinh-hinh-bao-cao")
    String show(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(name = "tinh-hinh", required = false) Timeliness.Verdict only,
            @RequestParam(name = "xep", defaultValue = "ten") String sort,
            Model model) {
        LocalDate today = day == null ? workplace.today() : day;
        Period p = period == null || period.isBlank() ? lastQuarterBefore(today) : Period.parse(period);
        String code = area == null || area.isBlank() ? ownArea(actor, p) : area.strip();
        Area parent = areas.require(code, p, "area");
        List<Timeliness> all = cycles.timeliness(actor, code, p, today);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Timeliness.Verdict v : Timeliness.Verdict.values()) {
            counts.put(v.name(), all.stream().filter(t -> t.verdict() == v).count());
        }
        Sort order = sort(sort);
        ReportingCalendar calendar = cycles.calendar();
        LocalDate coversFrom = calendar.coversFrom(p);
        model.addAttribute("unit", parent);
        model.addAttribute("areaRef", code);
        model.addAttribute("period", p);
        model.addAttribute("today", today);
        model.addAttribute("day", day);
        model.addAttribute("deadline", calendar.deadline(p));
        model.addAttribute("cutOff", calendar.cutOff(p));
        model.addAttribute("coversFrom", coversFrom);
        model.addAttribute("auditTo", today.isBefore(coversFrom) ? coversFrom : today);
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("verdicts", Timeliness.Verdict.values());
        model.addAttribute("only", only);
        model.addAttribute("sort", order.name().toLowerCase().replace('_', '-'));
        model.addAttribute(
                "rows",
                all.stream()
                        .filter(t -> only == null || t.verdict() == only)
                        .sorted(order.order)
                        .toList());
        return "cycle/status";
    }

    private static Sort sort(String text) {
        try {
            return Sort.valueOf(text.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RejectedInput("xep", "Không có cách xếp \"%s\"; dùng ten, tre hoặc trang-thai".formatted(text));
        }
    }

    /** The last quarter that has ended by {@code today}: the one whose reports are being chased. */
    static Period lastQuarterBefore(LocalDate today) {
        LocalDate inLast = today.withDayOfMonth(1).minusMonths(3);
        return Period.quarter(inLast.getYear(), (inLast.getMonthValue() - 1) / 3 + 1);
    }

    private String ownArea(Actor actor, Period period) {
        var map = areas.map();
        return map.reference(workplace.home(actor, map), period);
    }
}

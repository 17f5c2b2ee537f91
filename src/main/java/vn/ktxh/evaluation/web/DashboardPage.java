package vn.ktxh.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.evaluation.AchievementCount;
import vn.ktxh.evaluation.AreaEvaluation;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.evaluation.Status;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.web.Htmx;

/**
 * Tổng quan: what a leader reads before the council session — how many indicators are met, which are
 * behind, each sector, one indicator's trend over the years and across the communes. Every number is
 * in the HTML; the charts are drawn from those tables when the chart library has loaded.
 */
@Controller
class DashboardPage {

    /** The statuses of one sector's indicators. */
    record SectorCount(String sector, AchievementCount count, int unjudged) {

        public int percent(int n) {
            int all = count.judged() + unjudged;
            return all == 0 ? 0 : Math.round(100f * n / all);
        }
    }

    /** A compared unit, with how the page names it for the period. */
    record Part(Area area, String ref, Evaluation evaluation) {}

    static final int TREND_YEARS = 5;
    static final int BEHIND_SHOWN = 10;

    /** Behind first: missed (the furthest behind first), then not yet judged, met, exceeded. */
    private static final Comparator<Evaluation> BEHIND_FIRST = Comparator.comparingInt((Evaluation e) ->
                    e.status() == Status.MISSED ? 0 : e.status() == null ? 1 : e.status() == Status.MET ? 2 : 3)
            .thenComparing(
                    e -> e.percentOfPlan() == null ? null : e.percentOfPlan().value(),
                    Comparator.nullsLast(Comparator.naturalOrder()));

    private final Evaluations evaluations;
    private final Areas areas;
    private final Workplace workplace;
    private final Cycles cycles;

    DashboardPage(Evaluations evaluations, Areas areas, Workplace workplace, Cycles cycles) {
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.areas = areas;
        this.workplace = workplace;
    }

    @GetMapping("/")
    String dashboard(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Workplace.Place place = workplace.resolve(area, period);
        String code = place.ref();
        Period p = place.period();
        Area unit = place.unit();
        List<Evaluation> all = evaluations.evaluate(code, p);
        String chosen = chosen(indicator, all);
        model.addAttribute("unit", unit);
        model.addAttribute("areaRef", code);
        model.addAttribute("period", p);
        model.addAttribute("all", all);
        model.addAttribute(
                "count",
                AchievementCount.of(all.stream().map(Evaluation::status).toList()));
        model.addAttribute(
                "unjudged", all.stream().filter(e -> e.status() == null).count());
        model.addAttribute(
                "behind", all.stream().sorted(BEHIND_FIRST).limit(BEHIND_SHOWN).toList());
        model.addAttribute("sectors", sectors(all));
        model.addAttribute("chosen", chosen);
        cycles.latestReturn(unit).ifPresent(r -> {
            model.addAttribute("returned", r);
            model.addAttribute("returnedPeriod", r.period());
        });
        model.addAttribute(
                "otherYears",
                workplace.yearsOfWork(unit).stream()
                        .filter(y -> y != p.year() || p.type() != Period.Type.YEAR)
                        .map(String::valueOf)
                        .toList());
        if (chosen != null) {
            List<Evaluation> trend = evaluations.trend(code, p, chosen, TREND_YEARS);
            AreaMap map = areas.map();
            model.addAttribute("chosenIndicator", trend.get(trend.size() - 1).indicator());
            model.addAttribute("trend", trend);
            model.addAttribute(
                    "parts",
                    evaluations.compareParts(code, p, chosen).stream()
                            .sorted(Comparator.comparing(AreaEvaluation::evaluation, BEHIND_FIRST))
                            .map(a -> new Part(a.area(), map.reference(a.area(), p), a.evaluation()))
                            .toList());
        }
        return Htmx.view(request, response, "evaluation/dashboard", "focus");
    }

    /** The indicator asked for, else the one furthest behind, else the first with a figure. */
    private static String chosen(String asked, List<Evaluation> all) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        return all.stream()
                .sorted(BEHIND_FIRST)
                .filter(e -> e.actual() != null)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .map(e -> e.indicator().code())
                .orElse(null);
    }

    private static List<SectorCount> sectors(List<Evaluation> all) {
        Map<String, List<Evaluation>> bySector = new LinkedHashMap<>();
        all.forEach(e -> bySector.computeIfAbsent(e.indicator().sector(), k -> new ArrayList<>())
                .add(e));
        List<SectorCount> out = new ArrayList<>();
        bySector.forEach((sector, list) -> out.add(new SectorCount(
                sector,
                AchievementCount.of(list.stream().map(Evaluation::status).toList()),
                (int) list.stream().filter(e -> e.status() == null).count())));
        return out;
    }
}

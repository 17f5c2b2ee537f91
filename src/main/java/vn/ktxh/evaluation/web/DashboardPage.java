package vn.ktxh.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Actor;
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
import vn.ktxh.shared.web.RenderedParts;

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
    private static final String PARTS = "evaluation/dashboard-parts";

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
    private final RenderedParts parts;

    DashboardPage(Evaluations evaluations, Areas areas, Workplace workplace, Cycles cycles, RenderedParts parts) {
        this.parts = parts;
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.areas = areas;
        this.workplace = workplace;
    }

    /** What the board part shows besides the evaluation: the unit and period. */
    private record Board(String areaRef, Period period) {}

    /** What the focus part shows besides its kept results: the unit, period and chosen indicator. */
    private record Focus(String areaRef, Period period, String chosen) {}

    @GetMapping("/")
    String dashboard(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, period);
        model.addAllAttributes(place.attributes());
        String code = place.ref();
        Period p = place.period();
        Area unit = place.unit();
        List<Evaluation> all = evaluations.evaluate(actor, code, p);
        String chosen = chosen(indicator, all);
        model.addAttribute("all", all);
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
        model.addAttribute(
                "board",
                parts.html(
                        new Board(code, p),
                        List.of(all),
                        PARTS,
                        "board",
                        () -> board(code, p, all),
                        request,
                        response));
        List<Evaluation> trend = chosen == null ? List.of() : evaluations.trend(actor, code, p, chosen, TREND_YEARS);
        List<AreaEvaluation> compared = chosen == null ? List.of() : evaluations.compareParts(actor, code, p, chosen);
        model.addAttribute(
                "focus",
                parts.html(
                        new Focus(code, p, chosen),
                        List.of(all, trend, compared),
                        PARTS,
                        "focus",
                        () -> focus(code, p, all, chosen, trend, compared),
                        request,
                        response));
        return Htmx.view(request, response, "evaluation/dashboard", "focus");
    }

    private static Map<String, Object> board(String code, Period p, List<Evaluation> all) {
        Map<String, Object> model = new HashMap<>();
        model.put("areaRef", code);
        model.put("period", p);
        model.put("all", all);
        model.put("count", count(all));
        model.put("unjudged", all.stream().filter(e -> e.status() == null).count());
        model.put(
                "behind", all.stream().sorted(BEHIND_FIRST).limit(BEHIND_SHOWN).toList());
        model.put("sectors", sectors(all));
        return model;
    }

    private Map<String, Object> focus(
            String code,
            Period p,
            List<Evaluation> all,
            String chosen,
            List<Evaluation> trend,
            List<AreaEvaluation> compared) {
        Map<String, Object> model = new HashMap<>();
        model.put("areaRef", code);
        model.put("period", p);
        model.put("all", all);
        model.put("count", count(all));
        model.put("chosen", chosen);
        if (chosen != null) {
            AreaMap map = areas.map();
            model.put("chosenIndicator", trend.get(trend.size() - 1).indicator());
            model.put("trend", trend);
            model.put(
                    "parts",
                    compared.stream()
                            .sorted(Comparator.comparing(AreaEvaluation::evaluation, BEHIND_FIRST))
                            .map(a -> new Part(a.area(), map.reference(a.area(), p), a.evaluation()))
                            .toList());
        }
        return model;
    }

    private static AchievementCount count(List<Evaluation> all) {
        return AchievementCount.of(all.stream().map(Evaluation::status).toList());
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

package vn.ktxh.plan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Cascade;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.Period;

/** Kế hoạch: an area's plans with their targets in words, adjustments with their documents, and the cascade check. */
@Controller
class PlanPage {

    /** A target with its indicator and, when it was adjusted, every version before the current one. */
    record Line(Indicator indicator, Target target, List<Target> versions) {}

    /** A plan of the area with its current targets for the period shown, and for a province the commune check. */
    record Section(Plan plan, List<Line> lines, List<Cascade.Check> cascade) {}

    private final Plans plans;
    private final Areas areas;
    private final Indicators indicators;
    private final Workplace workplace;
    private final Accounts accounts;

    PlanPage(Plans plans, Areas areas, Indicators indicators, Workplace workplace, Accounts accounts) {
        this.accounts = accounts;
        this.plans = plans;
        this.areas = areas;
        this.indicators = indicators;
        this.workplace = workplace;
    }

    @GetMapping("/ke-hoach")
    String plans(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, period);
        String code = place.ref();
        Period p = place.period();
        Area unit = place.unit();
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<Plan> all = plans.readablePlansOf(actor, unit);
        List<Section> sections = new ArrayList<>();
        for (Plan plan : all) {
            if (!p.within(plan.period()) && !plan.period().within(p)) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            for (Period when : periodsOf(plan, p)) {
                plans.current(unit, when).values().stream()
                        .filter(t -> t.planId() == plan.id())
                        .sorted(Comparator.comparing(Target::id))
                        .forEach(t -> lines.add(new Line(
                                catalogue.get(t.indicator()),
                                t,
                                t.version() > 1
                                        ? plans.history(plan.id(), t.indicator(), unit, t.period())
                                        : List.of())));
            }
            boolean province = unit.kind().level() == AreaKind.Level.PROVINCE;
            sections.add(new Section(plan, lines, province ? plans.cascade(actor, plan.id(), p) : List.of()));
        }
        model.addAttribute("unit", unit);
        model.addAttribute("areaRef", code);
        model.addAttribute("period", p);
        model.addAttribute("sections", sections);
        model.addAttribute("provinceShown", unit.kind().level() == AreaKind.Level.PROVINCE);
        model.addAttribute(
                "canAssign",
                actor.access().map(a -> a.canAssignTargets(unit, true)).orElse(true));
        model.addAttribute(
                "assignAbove",
                actor.access().map(a -> a.canAssignTargets(unit, false)).orElse(true));
        model.addAttribute("decidedBy", DecidedBy.values());
        model.addAttribute("forms", TargetForm.values());
        model.addAttribute(
                "catalogue",
                catalogue.values().stream()
                        .sorted(Comparator.comparing(Indicator::code))
                        .toList());
        List<Area> targetAreas = new ArrayList<>(List.of(unit));
        targetAreas.addAll(areas.map().childrenOn(unit, p.lastDay()));
        model.addAttribute(
                "targetAreas",
                targetAreas.stream()
                        .map(a -> Map.entry(areas.map().reference(a, p), a.fullName()))
                        .toList());
        model.addAttribute(
                "others",
                all.stream()
                        .filter(plan ->
                                sections.stream().noneMatch(s -> s.plan().equals(plan)))
                        .toList());
        return "plan/plans";
    }

    /** A five-year plan sets targets for the whole term and for its last year; an annual plan for its year. */
    private static List<Period> periodsOf(Plan plan, Period shown) {
        if (plan.period().isTerm()) {
            List<Period> periods = new ArrayList<>(List.of(plan.period()));
            if (!shown.isTerm()) {
                periods.add(shown);
            } else {
                periods.add(Period.year(plan.period().endYear()));
            }
            return periods;
        }
        return List.of(plan.period());
    }
}

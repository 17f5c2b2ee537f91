package vn.ktxh.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.plan.Cascade;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Json;
import vn.ktxh.shared.Period;

@RestController
@RequestMapping("/api/v1/plans")
class PlanApi {

    record TargetJson(long id, String indicator, String period, int version, String form, String comparator, BigDecimal value,
            BigDecimal ofTotal, String basePeriod, BigDecimal baseValue, boolean derived, String note, String document,
            LocalDate documentDate) {
    }

    record PlanJson(long id, String period, String title, String document, LocalDate documentDate, String issuer,
            List<TargetJson> targets) {
    }

    record CheckJson(String indicator, String name, BigDecimal provinceTarget, BigDecimal communeTotal,
            List<String> communesWithout, String verdict, String verdictLabel) {
    }

    private final Plans plans;
    private final Areas areas;

    PlanApi(Plans plans, Areas areas) {
        this.plans = plans;
        this.areas = areas;
    }

    /** The plans of an area (the unit a code names in the period) with their current targets. */
    @GetMapping
    List<PlanJson> plans(@RequestParam String area, @RequestParam String period) {
        Period p = Period.parse(period);
        Area a = areas.require(area, p, "area");
        return plans.plansOf(a).stream()
                .map(plan -> new PlanJson(plan.id(), plan.period().toString(), plan.title(), number(plan), date(plan),
                        plan.decision() == null ? null : plan.decision().issuer(),
                        plans.current(a, plan.period()).values().stream().filter(t -> t.planId() == plan.id())
                                .map(PlanApi::json).toList()))
                .toList();
    }

    /** Every version of a target: the decision and each adjustment. */
    @GetMapping("/{plan}/targets/history")
    List<TargetJson> history(@PathVariable long plan, @RequestParam String indicator, @RequestParam String area,
            @RequestParam String period) {
        Period p = Period.parse(period);
        return plans.history(plan, indicator, areas.require(area, p, "area"), p).stream().map(PlanApi::json).toList();
    }

    /** The province target of each indicator against the targets the same plan gives its communes. */
    @GetMapping("/{plan}/cascade")
    List<CheckJson> cascade(@PathVariable long plan, @RequestParam String period) {
        return plans.cascade(plan, Period.parse(period)).stream().map(PlanApi::json).toList();
    }

    private static CheckJson json(Cascade.Check c) {
        return new CheckJson(c.indicator().code(), c.indicator().name(), Json.plain(c.provinceTarget()),
                Json.plain(c.communeTotal()), c.communesWithout(), c.verdict().name(), c.verdict().label());
    }

    private static TargetJson json(Target t) {
        return new TargetJson(t.id(), t.indicator(), t.period().toString(), t.version(), t.form().name(), t.form().comparator(),
                Json.plain(t.value()), Json.plain(t.ofTotal()), t.basePeriod() == null ? null : t.basePeriod().toString(),
                Json.plain(t.baseValue()), t.derived(), t.note(), t.decision() == null ? null : t.decision().number(),
                t.decision() == null ? null : t.decision().date());
    }

    private static String number(Plan plan) {
        return plan.decision() == null ? null : plan.decision().number();
    }

    private static LocalDate date(Plan plan) {
        return plan.decision() == null ? null : plan.decision().date();
    }
}

package vn.ktxh.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.plan.Cascade;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Json;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;

@RestController
@RequestMapping("/api/v1/plans")
class PlanApi {

    record TargetJson(
            long id,
            String indicator,
            String period,
            int version,
            String form,
            String comparator,
            BigDecimal value,
            BigDecimal ofTotal,
            String basePeriod,
            BigDecimal baseValue,
            boolean derived,
            String note,
            String document,
            LocalDate documentDate,
            boolean main) {}

    record PlanJson(
            long id,
            String period,
            String title,
            String document,
            LocalDate documentDate,
            String issuer,
            String decidedBy,
            List<TargetJson> targets) {}

    record CheckJson(
            String indicator,
            String name,
            BigDecimal provinceTarget,
            BigDecimal communeTotal,
            List<String> communesWithout,
            String verdict,
            String verdictLabel) {}

    record DecisionJson(String number, LocalDate date, String issuer) {}

    /** Numbers as JSON numbers or as Vietnamese text ("54,5", "1.595,3"). */
    record NewTargetJson(
            String indicator,
            String area,
            String period,
            String form,
            Object value,
            Object ofTotal,
            String basePeriod,
            Object baseValue,
            String note,
            DecisionJson decision,
            Boolean main) {}

    /** Names an indicator main in the plan (or no longer), with or without a target. */
    record MainJson(String indicator, Boolean main) {}

    private final Plans plans;
    private final Areas areas;

    /** A JSON number as it is; text in Vietnamese notation, refused in Vietnamese naming the field. */
    static BigDecimal number(Object value, String field) {
        if (value == null) {
            return null;
        }
        try {
            if (value
                    instanceof Number n) { // a JSON number is already a BigDecimal here: checked before any arithmetic
                return VnNumber.sensible(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
            }
            return VnNumber.parse(value.toString());
        } catch (RejectedInput e) {
            throw new RejectedInput(field, "Trường \"%s\": %s".formatted(field, e.getMessage()));
        }
    }

    private final Accounts accounts;

    PlanApi(Plans plans, Areas areas, Accounts accounts) {
        this.accounts = accounts;
        this.plans = plans;
        this.areas = areas;
    }

    /** The plans of an area (the unit a code names in the period) with their current targets. */
    @GetMapping
    List<PlanJson> plans(Actor actor, @RequestParam String area, @RequestParam String period) {
        Period p = Period.parse(period);
        Area a = areas.require(area, p, "area");
        actor.requireRead(a);
        return plans.plansOf(a).stream()
                .map(plan -> new PlanJson(
                        plan.id(),
                        plan.period().toString(),
                        plan.title(),
                        number(plan),
                        date(plan),
                        plan.decision() == null ? null : plan.decision().issuer(),
                        plan.decidedBy().name(),
                        targets(
                                actor,
                                plan,
                                plans.current(a, plan.period()).values().stream()
                                        .filter(t -> t.planId() == plan.id())
                                        .toList())))
                .toList();
    }

    /** Sets a target in the plan, or adjusts it (a new version, naming the adjusting document). */
    @PostMapping("/{plan}/targets")
    TargetJson set(Actor actor, @PathVariable long plan, @RequestBody NewTargetJson t) {
        if (t.value() == null) {
            throw new RejectedInput("value", "Thiếu giá trị chỉ tiêu");
        }
        TargetForm form;
        try {
            form = TargetForm.valueOf(t.form() == null ? "VALUE" : t.form());
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(
                    "form",
                    "Dạng chỉ tiêu \"%s\" không hợp lệ; dùng một trong %s"
                            .formatted(t.form(), Arrays.toString(TargetForm.values())));
        }
        Decision decision = t.decision() == null
                ? null
                : new Decision(
                        t.decision().number(), t.decision().date(), t.decision().issuer());
        Target saved = plans.set(
                actor,
                plan,
                new NewTarget(
                        t.indicator(),
                        t.area(),
                        Period.parse(t.period()),
                        new TargetStatement(
                                form,
                                number(t.value(), "value"),
                                number(t.ofTotal(), "ofTotal"),
                                t.basePeriod() == null ? null : Period.parse(t.basePeriod()),
                                number(t.baseValue(), "baseValue")),
                        false,
                        t.note(),
                        decision),
                t.main());
        return json(saved, plans.mainIndicators(actor, plan).contains(saved.indicator()));
    }

    /** Chỉ tiêu chủ yếu: {"indicator":"VH01","main":true}; the plan's main indicators in return. */
    @PutMapping("/{plan}/main-indicators")
    Set<String> markMain(Actor actor, @PathVariable long plan, @RequestBody MainJson body) {
        if (body.indicator() == null || body.indicator().isBlank()) {
            throw new RejectedInput("indicator", "Thiếu mã chỉ tiêu");
        }
        if (body.main() == null) {
            throw new RejectedInput("main", "Thiếu \"main\": true (chỉ tiêu chủ yếu) hoặc false");
        }
        plans.markMain(actor, plan, body.indicator(), body.main());
        return plans.mainIndicators(actor, plan);
    }

    @GetMapping("/{plan}/main-indicators")
    Set<String> mainIndicators(Actor actor, @PathVariable long plan) {
        return plans.mainIndicators(actor, plan);
    }

    private List<TargetJson> targets(Actor actor, Plan plan, List<Target> targets) {
        Set<String> main = plans.mainIndicators(actor, plan.id());
        return targets.stream().map(t -> json(t, main.contains(t.indicator()))).toList();
    }

    /** Every version of a target: the decision and each adjustment. */
    @GetMapping("/{plan}/targets/history")
    List<TargetJson> history(
            Actor actor,
            @PathVariable long plan,
            @RequestParam String indicator,
            @RequestParam String area,
            @RequestParam String period) {
        Period p = Period.parse(period);
        Area a = areas.require(area, p, "area");
        actor.requireRead(a);
        boolean main = plans.mainIndicators(actor, plan).contains(indicator);
        return plans.history(plan, indicator, a, p).stream()
                .map(t -> json(t, main))
                .toList();
    }

    /** The province target of each indicator against the targets the same plan gives its communes. */
    @GetMapping("/{plan}/cascade")
    List<CheckJson> cascade(Actor actor, @PathVariable long plan, @RequestParam String period) {
        return plans.cascade(actor, plan, Period.parse(period)).stream()
                .map(PlanApi::json)
                .toList();
    }

    private static CheckJson json(Cascade.Check c) {
        return new CheckJson(
                c.indicator().code(),
                c.indicator().name(),
                Json.plain(c.provinceTarget()),
                Json.plain(c.communeTotal()),
                c.communesWithout(),
                c.verdict().name(),
                c.verdict().label());
    }

    private static TargetJson json(Target t, boolean main) {
        return new TargetJson(
                t.id(),
                t.indicator(),
                t.period().toString(),
                t.version(),
                t.form().name(),
                t.form().comparator(),
                Json.plain(t.value()),
                Json.plain(t.ofTotal()),
                t.basePeriod() == null ? null : t.basePeriod().toString(),
                Json.plain(t.baseValue()),
                t.derived(),
                t.note(),
                t.decision() == null ? null : t.decision().number(),
                t.decision() == null ? null : t.decision().date(),
                main);
    }

    private static String number(Plan plan) {
        return plan.decision() == null ? null : plan.decision().number();
    }

    private static LocalDate date(Plan plan) {
        return plan.decision() == null ? null : plan.decision().date();
    }
}

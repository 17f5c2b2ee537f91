package vn.ktxh.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.storage.PlanRows;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: plans, their targets and adjustments, and the cascade check. */
@Service
public class Plans {

    private final PlanRows rows;
    private final Areas areas;
    private final Indicators indicators;

    private final ApplicationEventPublisher events;

    Plans(PlanRows rows, Areas areas, Indicators indicators, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.areas = areas;
        this.indicators = indicators;
    }

    /** The plan of that number, refused in words when there is none (its rights are checked by what reads it). */
    public Plan plan(long planId) {
        return rows.plan(planId).orElseThrow(() -> new RejectedInput("plan", "Không có kế hoạch số " + planId));
    }

    @Transactional
    public Plan create(Actor actor, NewPlan plan) {
        Area area = areas.require(plan.areaCode(), plan.period(), "areaCode");
        if (plan.decidedBy() == null) {
            throw new RejectedInput(
                    "decidedBy",
                    "Chọn ai quyết định kế hoạch: cấp trên giao, hay chính đơn vị (HĐND, UBND của đơn vị)");
        }
        actor.requireAssignTargets(area, plan.decidedBy() == DecidedBy.OWN_UNIT);
        if (plan.title() == null || plan.title().isBlank()) {
            throw new RejectedInput("title", "Thiếu tên kế hoạch");
        }
        return rows.insertPlan(area.id(), plan);
    }

    /**
     * Records a target; when the plan already has one for the same indicator, area and period, this is an
     * adjustment (điều chỉnh): its next version, which must name the document that made it.
     */
    @Transactional
    public Target set(Actor actor, long planId, NewTarget target) {
        Plan plan = plan(planId);
        Indicator indicator = indicators.require(target.indicator(), "indicator");
        Area area = areas.require(target.areaCode(), target.period(), "area");
        Area planArea = requireInPlan(plan, area);
        actor.requireAssignTargets(area, area.equals(planArea) && plan.ownDecision());
        if (!target.period().within(plan.period()) && !plan.period().within(target.period())) {
            throw new RejectedInput(
                    "period",
                    "Kỳ %s của chỉ tiêu \"%s\" nằm ngoài kỳ %s của kế hoạch"
                            .formatted(target.period(), indicator.name(), plan.period()));
        }
        TargetStatement statement = target.statement();
        if (statement.form() == TargetForm.COUNT_OF_TOTAL && statement.ofTotal() == null) {
            throw new RejectedInput(
                    "ofTotal", "Chỉ tiêu dạng x/y của \"%s\" cần tổng số y".formatted(indicator.name()));
        }
        if (statement.form().isGrowth()
                && statement.basePeriod() == null
                && statement.form() != TargetForm.GROWTH_VS_PREVIOUS) {
            throw new RejectedInput(
                    "basePeriod", "Chỉ tiêu tăng trưởng của \"%s\" cần năm gốc".formatted(indicator.name()));
        }
        boolean adjustment = !rows.versions(planId, indicator.code(), area.id(), target.period())
                .isEmpty();
        if (adjustment
                && (target.decision() == null
                        || target.decision().number() == null
                        || target.decision().number().isBlank())) {
            throw new RejectedInput(
                    "decision",
                    "Điều chỉnh chỉ tiêu \"%s\" cần số văn bản điều chỉnh (ví dụ: 123/QĐ-UBND)"
                            .formatted(indicator.name()));
        }
        Target recorded = rows.insertTarget(plan, area.id(), target, actor.name("hệ thống"));
        events.publishEvent(new TargetsChanged(planId));
        return recorded;
    }

    /** Records a target and, when {@code main} is given, whether the plan names its indicator a main one. */
    @Transactional
    public Target set(Actor actor, long planId, NewTarget target, Boolean main) {
        Target recorded = set(actor, planId, target);
        if (main != null) {
            markMain(actor, planId, target.indicator(), main);
        }
        return recorded;
    }

    /**
     * Chỉ tiêu chủ yếu: names an indicator one of the plan's main indicators (or no longer), with or without a
     * target of its own; set by those who assign the plan's targets.
     */
    @Transactional
    public void markMain(Actor actor, long planId, String indicator, boolean main) {
        Plan plan = plan(planId);
        indicators.require(indicator, "indicator");
        Area planArea = areas.map().byId(plan.areaId()).orElseThrow();
        actor.requireAssignTargets(planArea, plan.ownDecision());
        rows.markMain(planId, indicator, main, actor.name("hệ thống"));
        events.publishEvent(new TargetsChanged(planId));
    }

    /** The indicators a plan names main; read as the plan's area is. */
    public Set<String> mainIndicators(Actor actor, long planId) {
        Plan plan = plan(planId);
        actor.requireRead(areas.map().byId(plan.areaId()).orElseThrow());
        return rows.mainIndicators(List.of(planId));
    }

    /**
     * The main indicators of an area for a period: those named by its plans for the year (or shorter period)
     * containing it, not by term plans; empty when its plans name none.
     */
    public Set<String> mainIndicators(Area area, Period period) {
        return rows.mainIndicators(plansOf(area).stream()
                .filter(p -> !p.period().isTerm() && period.within(p.period()))
                .map(Plan::id)
                .toList());
    }

    @Transactional
    public int removeDemoPlans() {
        events.publishEvent(new TargetsChanged(0));
        return rows.deleteDemoPlans();
    }

    /** The plans of an area for the signed-in account, who must be allowed to read the area. */
    public List<Plan> readablePlansOf(Actor actor, Area area) {
        actor.requireRead(area);
        return plansOf(area);
    }

    public List<Plan> plansOf(Area area) {
        return rows.plansOf(area.id());
    }

    /** The latest version of each indicator's target for the area and period; the first plan wins where several set one. */
    public Map<String, Target> current(Area area, Period period) {
        Map<String, Target> byIndicator = new LinkedHashMap<>();
        for (Target t : rows.currentTargets(List.of(area.id()), period)) {
            byIndicator.putIfAbsent(t.indicator(), t);
        }
        return byIndicator;
    }

    /** The latest version of each target one plan sets for the area and period, whatever other plans set. */
    public List<Target> current(long planId, Area area, Period period) {
        return rows.currentTargets(List.of(area.id()), period).stream()
                .filter(t -> t.planId() == planId)
                .toList();
    }

    /** The current targets of several areas at once, by area id then indicator code. */
    public Map<Long, Map<String, Target>> current(List<Long> areaIds, Period period) {
        return current(areaIds, period, null);
    }

    /** As {@link #current(List, Period)}, for one indicator (all when null): the communes of a province side by side. */
    public Map<Long, Map<String, Target>> current(List<Long> areaIds, Period period, String indicator) {
        Map<Long, Map<String, Target>> out = new HashMap<>();
        for (Target t : rows.currentTargets(areaIds, period, indicator)) {
            out.computeIfAbsent(t.areaId(), k -> new LinkedHashMap<>()).putIfAbsent(t.indicator(), t);
        }
        return out;
    }

    public List<Target.Recorded> recorded(Collection<Long> areaIds, Instant from, Instant to) {
        return rows.recorded(areaIds, from, to);
    }

    /** Every version of a target, oldest first: the decision and its adjustments. */
    public List<Target> history(long planId, String indicator, Area area, Period period) {
        requireInPlan(plan(planId), area);
        return rows.versions(planId, indicator, area.id(), period);
    }

    /** The plan's unit, when {@code area} is it or one of its units (at any date); refused otherwise. */
    private Area requireInPlan(Plan plan, Area area) {
        Area planArea = areas.map().byId(plan.areaId()).orElseThrow();
        if (!areas.map().subtreeEver(planArea).contains(area)) {
            throw new RejectedInput(
                    "area",
                    "%s không thuộc %s, đơn vị của kế hoạch số %d: kế hoạch không có chỉ tiêu của đơn vị khác"
                            .formatted(area.fullName(), planArea.fullName(), plan.id()));
        }
        return planArea;
    }

    /** For each indicator of a province plan, the commune targets of the same plan against the province's own. */
    public List<Cascade.Check> cascade(Actor actor, long planId, Period period) {
        Plan plan = plan(planId);
        Area province = areas.map().byId(plan.areaId()).orElseThrow();
        actor.requireRead(province);
        List<Area> communes = areas.map().childrenOn(province, period.lastDay());
        Map<Long, Map<String, Target>> targets =
                current(communes.stream().map(Area::id).toList(), period);
        Map<String, Map<String, BigDecimal>> valuesByCommune = new LinkedHashMap<>();
        for (Area commune : communes) {
            Map<String, BigDecimal> values = new HashMap<>();
            targets.getOrDefault(commune.id(), Map.of()).forEach((code, t) -> {
                if (!t.form().isGrowth()) { // a commune's +10% is not an amount to add up
                    values.put(code, t.value());
                }
            });
            valuesByCommune.put(commune.code(), values);
        }
        return current(province, period).values().stream()
                .filter(t -> Cascade.assignedToCommunes(indicators.require(t.indicator(), "indicator")))
                .map(t -> {
                    Indicator indicator = indicators.require(t.indicator(), "indicator");
                    return t.form().isGrowth()
                            ? Cascade.ofGrowth(indicator, t.value())
                            : Cascade.check(indicator, t.value(), valuesByCommune);
                })
                .toList();
    }
}

package vn.ktxh.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * Giao chỉ tiêu cho cấp xã in one grid: the province targets of a plan that communes are given (amounts, rates and
 * levels, never a "+10%" nor a province-only count), pre-filled by a rule, checked, and saved all or nothing through
 * {@link Plans#set}, which lets only the office above assign.
 */
@Service
public class CommuneAssignments {

    /** The population indicator the population-share rule divides by. */
    static final String POPULATION = "YT01";

    /** One column: a province target with each commune's weight (for a ratio) and its pre-filled values. */
    public record Column(
            Indicator indicator,
            Target provinceTarget,
            Map<String, BigDecimal> weights,
            Map<String, BigDecimal> filled,
            Map<String, BigDecimal> current) {}

    /** The grid: the plan, its province, its communes on the period's last day (code → name) and the columns. */
    public record Grid(Plan plan, Area province, Period period, Map<String, String> communes, List<Column> columns) {}

    private final Plans plans;
    private final Areas areas;
    private final Indicators indicators;
    private final BaseFigures baseFigures;

    CommuneAssignments(Plans plans, Areas areas, Indicators indicators, BaseFigures baseFigures) {
        this.plans = plans;
        this.areas = areas;
        this.indicators = indicators;
        this.baseFigures = baseFigures;
    }

    /** The grid pre-filled by the rule (none: the communes' current targets only). */
    public Grid grid(Actor actor, long planId, Period period, CascadeFill.Rule rule) {
        Plan plan = plans.plan(planId);
        Area province = areas.map().byId(plan.areaId()).orElseThrow();
        actor.requireRead(province);
        List<Area> communes = areas.map().childrenOn(province, period.lastDay());
        Map<String, String> names = new LinkedHashMap<>();
        communes.stream().sorted(Comparator.comparing(Area::code)).forEach(c -> names.put(c.code(), c.fullName()));
        List<Long> ids = communes.stream().map(Area::id).toList();
        Period lastYear = Period.year(period.year() - 1);
        Map<String, BigDecimal> population = byCode(communes, baseFigures.of(POPULATION, ids, lastYear));
        Map<Long, Map<String, Target>> current = plans.current(ids, period);
        List<Column> columns = plans.current(province, period).values().stream()
                .filter(t -> t.planId() == planId && !t.form().isGrowth())
                .map(t -> Map.entry(t, indicators.require(t.indicator(), "indicator")))
                .filter(e ->
                        Cascade.assignedToCommunes(e.getValue()) && e.getValue().aggregation() != Aggregation.NONE)
                .sorted(Comparator.comparing(e -> e.getKey().indicator()))
                .map(e -> column(e.getValue(), e.getKey(), communes, names, lastYear, population, current, rule))
                .toList();
        return new Grid(plan, province, period, names, columns);
    }

    /** The live check of typed values (by indicator, then commune code) against each column's province target. */
    public List<Cascade.Check> check(Grid grid, Map<String, Map<String, BigDecimal>> typed) {
        List<String> communes = List.copyOf(grid.communes().keySet());
        return grid.columns().stream()
                .map(c -> CascadeFill.check(
                        c.indicator(),
                        c.provinceTarget().value(),
                        communes,
                        typed.getOrDefault(c.indicator().code(), Map.of()),
                        c.weights()))
                .toList();
    }

    /** Saves every typed value as the commune's target in the plan, in the province target's form; all or none. */
    @Transactional
    public int save(Actor actor, Grid grid, Map<String, Map<String, BigDecimal>> typed, Decision decision) {
        actor.requireAssignBelow(grid.province()); // refused as a whole, also when nothing typed would be written
        int saved = 0;
        for (Column column : grid.columns()) {
            Target province = column.provinceTarget();
            for (Map.Entry<String, BigDecimal> cell :
                    typed.getOrDefault(column.indicator().code(), Map.of()).entrySet()) {
                if (!grid.communes().containsKey(cell.getKey())) {
                    throw new RejectedInput(
                            "commune",
                            "%s không phải xã, phường của %s"
                                    .formatted(cell.getKey(), grid.province().fullName()));
                }
                if (cell.getValue().equals(column.current().get(cell.getKey()))) {
                    continue; // unchanged: no new version
                }
                plans.set(
                        actor,
                        grid.plan().id(),
                        new NewTarget(
                                column.indicator().code(),
                                cell.getKey(),
                                grid.period(),
                                TargetStatement.of(province.form(), cell.getValue()),
                                false,
                                "Giao theo lưới chỉ tiêu cấp xã",
                                decision));
                saved++;
            }
        }
        return saved;
    }

    private Column column(
            Indicator indicator,
            Target provinceTarget,
            List<Area> communes,
            Map<String, String> names,
            Period lastYear,
            Map<String, BigDecimal> population,
            Map<Long, Map<String, Target>> current,
            CascadeFill.Rule rule) {
        List<Long> ids = communes.stream().map(Area::id).toList();
        Map<String, BigDecimal> last = byCode(communes, baseFigures.of(indicator.code(), ids, lastYear));
        Map<String, BigDecimal> weights = indicator.aggregation() == Aggregation.RATIO
                ? byCode(communes, baseFigures.of(indicator.denominator(), ids, lastYear))
                : Map.of();
        Map<String, BigDecimal> now = new HashMap<>();
        communes.forEach(c -> {
            Target t = current.getOrDefault(c.id(), Map.of()).get(indicator.code());
            if (t != null && t.planId() == provinceTarget.planId() && !t.form().isGrowth()) {
                now.put(c.code(), t.value());
            }
        });
        Map<String, BigDecimal> filled = rule == null
                ? now
                : CascadeFill.fill(
                        rule, indicator, provinceTarget.value(), List.copyOf(names.keySet()), last, population);
        return new Column(indicator, provinceTarget, weights, filled, now);
    }

    private static Map<String, BigDecimal> byCode(List<Area> communes, Map<Long, BigDecimal> byId) {
        Map<String, BigDecimal> out = new HashMap<>();
        communes.forEach(c -> {
            if (byId.get(c.id()) != null) {
                out.put(c.code(), byId.get(c.id()));
            }
        });
        return out;
    }
}

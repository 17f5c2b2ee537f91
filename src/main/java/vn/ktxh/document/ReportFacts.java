package vn.ktxh.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ktxh.area.Area;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.investment.InvestmentStatement;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/**
 * Everything a report is written from, gathered before a word is written, so the writing is plain Java that a
 * test feeds directly. {@code nextTargets} are next year's targets in the plan's order (empty unless the period is a
 * year); {@code units} are the sub-units with their figures for the by-unit annex (empty for a unit without any).
 * {@code evaluations} hold every indicator with a figure or a target: a result without a target is reported as a
 * result. {@code main} are the plan's main indicators (chỉ tiêu chủ yếu; empty when the plan names none, and then
 * every indicator with a target counts as main); {@code cumulative} the term-to-date figure a whole-term target is
 * measured on, by indicator; {@code precision} how the unit prints "% kế hoạch"; {@code investment} the unit's public
 * investment of the year when it has a capital plan of its own (null otherwise).
 */
public record ReportFacts(
        Area area,
        Period period,
        List<Evaluation> evaluations,
        List<Target> nextTargets,
        Map<String, Indicator> catalogue,
        Narrative narrative,
        List<UnitFigures> units,
        Set<String> main,
        Map<String, BigDecimal> cumulative,
        PercentPrecision precision,
        InvestmentStatement investment) {

    public ReportFacts {
        evaluations = List.copyOf(evaluations);
        main = Set.copyOf(main);
        cumulative = Map.copyOf(cumulative);
        nextTargets = List.copyOf(nextTargets);
        units = List.copyOf(units);
    }

    /** Whether the indicator is one of the main ones the report counts and lists first. */
    public boolean isMain(Evaluation e) {
        return main.isEmpty()
                ? e.target() != null || e.termTarget() != null
                : main.contains(e.indicator().code());
    }

    /** A sub-unit and its figures of the period by indicator code. */
    public record UnitFigures(Area unit, Map<String, BigDecimal> values) {}
}

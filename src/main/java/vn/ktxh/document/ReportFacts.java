package vn.ktxh.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ktxh.area.Area;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/**
 * Everything a report is written from, gathered before a word is written, so the writing is plain Java that a
 * test feeds directly. {@code nextTargets} are next year's targets in the plan's order (empty unless the period is a
 * year); {@code units} are the sub-units with their figures for the by-unit annex (empty for a unit without any).
 */
public record ReportFacts(Area area, Period period, List<Evaluation> evaluations, List<Target> nextTargets,
        Map<String, Indicator> catalogue, Narrative narrative, List<UnitFigures> units) {

    public ReportFacts {
        evaluations = List.copyOf(evaluations);
        nextTargets = List.copyOf(nextTargets);
        units = List.copyOf(units);
    }

    /** A sub-unit and its figures of the period by indicator code. */
    public record UnitFigures(Area unit, Map<String, BigDecimal> values) {
    }
}

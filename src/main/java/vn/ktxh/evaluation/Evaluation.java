package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/**
 * One indicator judged for an area and a period: the target and the level it asks for, the figure
 * (reported, or rolled up from sub-units), % of plan, status, change against the same period last year,
 * and — where a term target exists — progress toward it. Derived every time, never stored.
 */
public record Evaluation(
        Indicator indicator,
        Period period,
        Target target,
        BigDecimal levelToReach,
        BigDecimal actual,
        FigureKind kind,
        boolean rolledUp,
        PercentOfPlan percentOfPlan,
        Status status,
        ChangeVsSamePeriod change,
        Target termTarget,
        PercentOfPlan percentOfTermTarget,
        String remark) {

    public Optional<Status> statusIfJudged() {
        return Optional.ofNullable(status);
    }
}

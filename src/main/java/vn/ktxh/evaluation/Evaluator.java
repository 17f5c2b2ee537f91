package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.Period;

/**
 * Judges one indicator. The status follows the target's form:
 * a value ("đạt 1.595,3"), an x/y count or a growth against a base year can be exceeded (vượt), met
 * (đạt: equal to the printed precision) or missed; a bound ("từ 95% trở lên", "trên", "dưới",
 * "không quá"), "duy trì" or a minimum growth is met when it holds and missed when it does not.
 */
public final class Evaluator {

    /** What is known about the indicator in the area: the figures and targets that bear on it. */
    public record Facts(
            Indicator indicator,
            Period period,
            Target target,
            BigDecimal actual,
            FigureKind kind,
            boolean rolledUp,
            BigDecimal previous,
            BigDecimal base,
            Target termTarget,
            BigDecimal termToDate,
            String remark) {}

    private Evaluator() {}

    public static Evaluation evaluate(Facts facts) {
        Direction direction = facts.indicator().direction();
        BigDecimal actual = facts.actual();
        Optional<BigDecimal> level = facts.target() == null
                ? Optional.empty()
                : LevelToReach.of(facts.target(), facts.period(), facts.base());
        PercentOfPlan percent = null;
        Status status = null;
        if (actual != null && level.isPresent()) {
            percent = PercentOfPlan.of(actual, level.get(), direction).orElse(null);
            status = status(facts.target().form(), direction, actual, level.get(), percent);
        }
        ChangeVsSamePeriod change = actual == null
                ? null
                : ChangeVsSamePeriod.of(actual, facts.previous()).orElse(null);
        BigDecimal towardTerm = facts.termToDate() != null ? facts.termToDate() : actual;
        PercentOfPlan termPercent = towardTerm == null || facts.termTarget() == null
                ? null
                : LevelToReach.of(facts.termTarget(), facts.termTarget().period(), facts.base())
                        .flatMap(termLevel -> PercentOfPlan.of(towardTerm, termLevel, direction))
                        .orElse(null);
        return new Evaluation(
                facts.indicator(),
                facts.period(),
                facts.target(),
                level.orElse(null),
                actual,
                facts.kind(),
                facts.rolledUp(),
                percent,
                status,
                change,
                facts.termTarget(),
                termPercent,
                remark(facts, level, actual));
    }

    static Status status(
            TargetForm form, Direction direction, BigDecimal actual, BigDecimal level, PercentOfPlan percent) {
        return switch (form) {
            case AT_LEAST -> holds(actual.compareTo(level) >= 0);
            case MORE_THAN -> holds(actual.compareTo(level) > 0);
            case AT_MOST -> holds(actual.compareTo(level) <= 0);
            case LESS_THAN -> holds(actual.compareTo(level) < 0);
            case MAINTAIN, GROWTH_VS_PREVIOUS, AVERAGE_ANNUAL_GROWTH ->
                holds(percent != null && percent.sideOfTarget() >= 0);
            case VALUE, BUDGET_ESTIMATE, COUNT_OF_TOTAL, GROWTH_VS_BASE ->
                percent == null
                        ? null
                        : percent.sideOfTarget() > 0
                                ? Status.EXCEEDED
                                : percent.sideOfTarget() == 0 ? Status.MET : Status.MISSED;
        };
    }

    private static Status holds(boolean condition) {
        return condition ? Status.MET : Status.MISSED;
    }

    private static String remark(Facts facts, Optional<BigDecimal> level, BigDecimal actual) {
        if (facts.remark() != null) {
            return facts.remark();
        }
        if (facts.target() == null) {
            return "Chưa giao chỉ tiêu";
        }
        if (level.isEmpty()) {
            return "Chưa có số liệu năm gốc %s để tính mức phải đạt"
                    .formatted(LevelToReach.basePeriod(facts.target(), facts.period()));
        }
        return actual == null ? "Chưa có số liệu" : null;
    }
}

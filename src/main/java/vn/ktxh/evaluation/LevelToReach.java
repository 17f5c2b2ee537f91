package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/**
 * The level a figure is measured against. For most forms it is the target's value; for the growth
 * forms it is the base grown by the target's percentage: "cao hơn ít nhất 10% so với năm 2024" is
 * base × 1,10; "tăng bình quân hằng năm 10%" from 2025 is base × 1,10ⁿ after n years.
 */
final class LevelToReach {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    private LevelToReach() {}

    /** Empty when a growth target's base is unknown. */
    static Optional<BigDecimal> of(Target target, Period evaluated, BigDecimal base) {
        if (!target.form().isGrowth()) {
            return Optional.of(target.value());
        }
        BigDecimal baseValue = target.baseValue() != null ? target.baseValue() : base;
        if (baseValue == null) {
            return Optional.empty();
        }
        BigDecimal factor = BigDecimal.ONE.add(target.value().divide(ONE_HUNDRED, MathContext.DECIMAL64));
        return Optional.of(
                switch (target.form()) {
                    case AVERAGE_ANNUAL_GROWTH ->
                        baseValue.multiply(factor.pow(Math.max(0, years(target, evaluated)), MathContext.DECIMAL64));
                    default -> baseValue.multiply(factor);
                });
    }

    /** The base period of a growth target: given, or for "so với năm trước" the same period a year earlier. */
    static Period basePeriod(Target target, Period evaluated) {
        if (target.basePeriod() != null) {
            return target.basePeriod();
        }
        return evaluated.isTerm() ? Period.year(evaluated.year() - 1) : evaluated.sameOfPreviousYear();
    }

    private static int years(Target target, Period evaluated) {
        return evaluated.endYear() - basePeriod(target, evaluated).endYear();
    }
}

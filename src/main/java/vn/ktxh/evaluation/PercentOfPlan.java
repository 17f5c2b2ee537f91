package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import vn.ktxh.indicator.Direction;

/** "Đạt X% kế hoạch". Direction is settled here, once: above 100 always means better than the target. */
public record PercentOfPlan(BigDecimal value) {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    /** Up (and neither) indicators: actual / target × 100; down indicators: target / actual × 100. */
    public static Optional<PercentOfPlan> of(BigDecimal actual, BigDecimal target, Direction direction) {
        BigDecimal numerator = direction == Direction.DOWN ? target : actual;
        BigDecimal denominator = direction == Direction.DOWN ? actual : target;
        if (denominator.signum() == 0) {
            return Optional.empty(); // the report prints "-", never an invented percentage
        }
        return Optional.of(
                new PercentOfPlan(numerator.multiply(ONE_HUNDRED).divide(denominator, MathContext.DECIMAL64)));
    }

    /** One decimal, half up: the figure the report shows and the one the status is judged on. */
    public BigDecimal asPrinted() {
        return asPrinted(1);
    }

    public BigDecimal asPrinted(int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Compared with 100 as printed: positive when better than the target, 0 when equal within the precision. */
    int sideOfTarget() {
        return asPrinted().compareTo(ONE_HUNDRED);
    }
}

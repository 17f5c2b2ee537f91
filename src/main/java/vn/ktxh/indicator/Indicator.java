package vn.ktxh.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.ktxh.shared.UnitOfMeasure;

/**
 * Chỉ tiêu. For a RATIO indicator, {@code numerator}/{@code denominator} name the indicators whose sums
 * it divides and {@code ratioScale} turns the quotient into the unit (100 for %, 1000 for ‰).
 * {@code minValue}/{@code maxValue} bound what may be reported (null: unbounded).
 */
public record Indicator(
        String code,
        String name,
        UnitOfMeasure unit,
        String sector,
        Direction direction,
        Aggregation aggregation,
        String numerator,
        String denominator,
        BigDecimal ratioScale,
        List<String> levels,
        String formula,
        BigDecimal minValue,
        BigDecimal maxValue) {

    public Indicator {
        levels = List.copyOf(levels);
    }
}

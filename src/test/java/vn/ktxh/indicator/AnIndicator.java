package vn.ktxh.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.ktxh.shared.UnitOfMeasure;

/**
 * An indicator for a test, said in the words the test cares about: a sum of "người" in "kinh tế chung" that should
 * go up, named by its code, unless the test says otherwise.
 */
public record AnIndicator(
        String code,
        String name,
        String unit,
        String sector,
        Direction direction,
        Aggregation aggregation,
        String numerator,
        String denominator) {

    public static AnIndicator code(String code) {
        return new AnIndicator(code, code, "người", "kinh tế chung", Direction.UP, Aggregation.SUM, null, null);
    }

    public AnIndicator named(String name) {
        return new AnIndicator(code, name, unit, sector, direction, aggregation, numerator, denominator);
    }

    public AnIndicator in(String unit) {
        return new AnIndicator(code, name, unit, sector, direction, aggregation, numerator, denominator);
    }

    public AnIndicator ofSector(String sector) {
        return new AnIndicator(code, name, unit, sector, direction, aggregation, numerator, denominator);
    }

    public AnIndicator going(Direction direction) {
        return new AnIndicator(code, name, unit, sector, direction, aggregation, numerator, denominator);
    }

    public AnIndicator aggregated(Aggregation aggregation) {
        return new AnIndicator(code, name, unit, sector, direction, aggregation, numerator, denominator);
    }

    /** A percentage of two other indicators (numerator × 100 / denominator); null names leave it a plain value. */
    public AnIndicator ratioOf(String numerator, String denominator) {
        return new AnIndicator(code, name, unit, sector, direction, aggregation, numerator, denominator);
    }

    public Indicator build() {
        return new Indicator(
                code,
                name,
                UnitOfMeasure.of(unit),
                sector,
                direction,
                aggregation,
                numerator,
                denominator,
                numerator == null ? null : BigDecimal.valueOf(100),
                List.of(),
                null,
                null,
                null);
    }
}

package vn.ktxh.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Indicator;

/**
 * Pre-filling the grid that assigns a province target to its communes, and checking a filled grid: an amount (summed
 * indicator) is split so that the communes' targets add up to the province target exactly, at its precision; a rate
 * or a level is given to every commune at the province's level, and checked as the communes' ratio weighted by their
 * denominators (a commune of 4.000 households weighs more than one of 400).
 */
public final class CascadeFill {

    /** How the province target is split over the communes. */
    public enum Rule {
        EQUAL_GROWTH("Mỗi xã tăng cùng một mức so với năm trước"),
        LAST_YEAR_SHARE("Theo tỷ trọng số liệu năm trước của từng xã"),
        POPULATION_SHARE("Theo tỷ lệ dân số của từng xã");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private CascadeFill() {}

    /**
     * @param lastYear   each commune's figure of the indicator last year (communes without one are absent)
     * @param population each commune's population (communes without one are absent)
     * @return a value for each commune the rule can fill, in the province target's unit; the others are left out
     */
    public static Map<String, BigDecimal> fill(
            Rule rule,
            Indicator indicator,
            BigDecimal provinceTarget,
            List<String> communes,
            Map<String, BigDecimal> lastYear,
            Map<String, BigDecimal> population) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (indicator.aggregation() != Aggregation.SUM) {
            communes.forEach(c -> out.put(c, provinceTarget)); // a rate or a level: the same for every commune
            return out;
        }
        Map<String, BigDecimal> basis = basis(rule == Rule.POPULATION_SHARE ? population : lastYear, communes);
        if (basis.isEmpty()) {
            return out;
        }
        BigDecimal total = basis.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = Math.max(0, provinceTarget.stripTrailingZeros().scale());
        if (rule == Rule.EQUAL_GROWTH) {
            BigDecimal step =
                    provinceTarget.subtract(total).divide(BigDecimal.valueOf(basis.size()), MathContext.DECIMAL64);
            basis.forEach((c, last) -> out.put(c, last.add(step)));
        } else if (total.signum() == 0) {
            return out;
        } else {
            basis.forEach((c, part) -> out.put(c, provinceTarget.multiply(part).divide(total, MathContext.DECIMAL64)));
        }
        return roundedToTotal(out, provinceTarget, scale);
    }

    /**
     * The check of a grid: the communes' values under the indicator's aggregation rule against the province target.
     * For a ratio each commune's value is weighted by its weight (its denominator, or 1 when none is known).
     */
    public static Cascade.Check check(
            Indicator indicator,
            BigDecimal provinceTarget,
            List<String> communes,
            Map<String, BigDecimal> values,
            Map<String, BigDecimal> weights) {
        Map<String, Map<String, BigDecimal>> parts = new LinkedHashMap<>();
        for (String commune : communes) {
            BigDecimal value = values.get(commune);
            Map<String, BigDecimal> own = new HashMap<>();
            if (value != null && indicator.aggregation() == Aggregation.RATIO) {
                BigDecimal weight = weights.getOrDefault(commune, BigDecimal.ONE);
                own.put(
                        indicator.numerator(),
                        value.multiply(weight).divide(indicator.ratioScale(), MathContext.DECIMAL64));
                own.put(indicator.denominator(), weight);
            } else if (value != null) {
                own.put(indicator.code(), value);
            }
            parts.put(commune, own);
        }
        return Cascade.check(indicator, provinceTarget, parts);
    }

    private static Map<String, BigDecimal> basis(Map<String, BigDecimal> figures, List<String> communes) {
        Map<String, BigDecimal> basis = new LinkedHashMap<>();
        communes.stream()
                .filter(c -> figures.get(c) != null && figures.get(c).signum() >= 0)
                .forEach(c -> basis.put(c, figures.get(c)));
        return basis;
    }

    /** Rounded at the target's precision, the rounding left over put on the largest share so the sum is the target. */
    private static Map<String, BigDecimal> roundedToTotal(Map<String, BigDecimal> exact, BigDecimal target, int scale) {
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        exact.forEach((c, v) -> rounded.put(c, v.setScale(scale, RoundingMode.HALF_EVEN)));
        BigDecimal left = target.setScale(scale, RoundingMode.HALF_EVEN)
                .subtract(rounded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        String largest = rounded.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        rounded.put(largest, rounded.get(largest).add(left));
        return rounded;
    }
}

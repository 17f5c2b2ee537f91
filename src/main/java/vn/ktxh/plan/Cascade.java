package vn.ktxh.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;

/**
 * Giao chỉ tiêu: the targets a province assigns to its communes, checked against its own target under
 * the indicator's aggregation rule — the communes' sum (or ratio of sums, or largest) should reach the
 * province target, and a commune without a target leaves the check incomplete.
 */
public final class Cascade {

    public enum Verdict {
        MATCHES("khớp với chỉ tiêu của tỉnh"),
        FALLS_SHORT("tổng chỉ tiêu giao cho cấp xã chưa đạt chỉ tiêu của tỉnh"),
        EXCEEDS("tổng chỉ tiêu giao cho cấp xã cao hơn chỉ tiêu của tỉnh"),
        INCOMPLETE("còn đơn vị cấp xã chưa được giao chỉ tiêu"),
        NOT_AGGREGATABLE("chỉ tiêu không tổng hợp được từ cấp xã"),
        GROWTH("chỉ tiêu tỉnh giao dạng tốc độ tăng (%), không cộng từ chỉ tiêu cấp xã");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The outcome for one indicator: the communes' total (when computable) against the province target. */
    public record Check(
            Indicator indicator,
            BigDecimal provinceTarget,
            BigDecimal communeTotal,
            List<String> communesWithout,
            Verdict verdict) {}

    private Cascade() {}

    /** Whether communes are given this indicator at all: "số huyện đạt chuẩn" is a province's, never summed over communes. */
    public static boolean assignedToCommunes(Indicator indicator) {
        return indicator.levels().isEmpty() || indicator.levels().contains("xã");
    }

    /** A growth target (+10%) is a rate, not an amount: it is not compared with a sum of the communes' amounts. */
    public static Check ofGrowth(Indicator indicator, BigDecimal provinceTarget) {
        return new Check(indicator, provinceTarget, null, List.of(), Verdict.GROWTH);
    }

    /**
     * @param communeTargets for each commune code, its target values by indicator code (the indicator itself,
     *                       and for a ratio its numerator and denominator)
     */
    public static Check check(
            Indicator indicator, BigDecimal provinceTarget, Map<String, Map<String, BigDecimal>> communeTargets) {
        List<String> without = communeTargets.entrySet().stream()
                .filter(e -> !e.getValue().containsKey(partNeeded(indicator)))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        Optional<BigDecimal> total = switch (indicator.aggregation()) {
            case SUM -> Optional.of(sum(communeTargets, indicator.code()));
            case MAX ->
                communeTargets.values().stream()
                        .map(t -> t.get(indicator.code()))
                        .filter(v -> v != null)
                        .max(BigDecimal::compareTo);
            case RATIO -> ratio(indicator, communeTargets);
            case NONE -> Optional.empty();
        };
        if (total.isEmpty()) {
            return new Check(
                    indicator,
                    provinceTarget,
                    null,
                    without,
                    without.isEmpty() ? Verdict.NOT_AGGREGATABLE : Verdict.INCOMPLETE);
        }
        if (!without.isEmpty()) {
            return new Check(indicator, provinceTarget, total.get(), without, Verdict.INCOMPLETE);
        }
        return new Check(
                indicator,
                provinceTarget,
                total.get(),
                without,
                verdict(indicator.direction(), total.get(), provinceTarget));
    }

    private static String partNeeded(Indicator indicator) {
        return indicator.aggregation() == Aggregation.RATIO ? indicator.numerator() : indicator.code();
    }

    /** Compared at the province target's precision: a ratio of sums is never exact. */
    private static Verdict verdict(Direction direction, BigDecimal total, BigDecimal target) {
        int scale = Math.max(0, target.stripTrailingZeros().scale());
        int side = total.setScale(scale, RoundingMode.HALF_UP).compareTo(target);
        if (side == 0) {
            return Verdict.MATCHES;
        }
        boolean above = side > 0;
        return (direction == Direction.DOWN) == above ? Verdict.FALLS_SHORT : Verdict.EXCEEDS;
    }

    private static BigDecimal sum(Map<String, Map<String, BigDecimal>> targets, String code) {
        return targets.values().stream()
                .map(t -> t.get(code))
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<BigDecimal> ratio(Indicator indicator, Map<String, Map<String, BigDecimal>> targets) {
        BigDecimal denominator = sum(targets, indicator.denominator());
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(sum(targets, indicator.numerator())
                .multiply(indicator.ratioScale())
                .divide(denominator, MathContext.DECIMAL64));
    }
}

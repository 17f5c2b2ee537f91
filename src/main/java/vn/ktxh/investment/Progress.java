package vn.ktxh.investment;

import java.math.BigDecimal;
import java.util.Optional;
import vn.ktxh.evaluation.PercentOfPlan;
import vn.ktxh.indicator.Direction;

/**
 * Capital planned against capital disbursed to a date and the estimate for the year (ước cả năm), in triệu đồng;
 * {@code disbursed} and {@code estimate} are null when nothing was reported. The share is the indicators' "% kế hoạch".
 */
public record Progress(BigDecimal plan, BigDecimal disbursed, BigDecimal estimate) {

    public static final Progress NONE = new Progress(BigDecimal.ZERO, null, null);

    public Optional<PercentOfPlan> percent() {
        return disbursed == null ? Optional.empty() : PercentOfPlan.of(disbursed, plan, Direction.UP);
    }

    public Optional<PercentOfPlan> estimatePercent() {
        return estimate == null ? Optional.empty() : PercentOfPlan.of(estimate, plan, Direction.UP);
    }

    /** The share disbursed as the page shows it, one decimal; null when nothing was reported or there is no plan. */
    public BigDecimal percentShown() {
        return percent().map(PercentOfPlan::asPrinted).orElse(null);
    }

    public BigDecimal estimatePercentShown() {
        return estimatePercent().map(PercentOfPlan::asPrinted).orElse(null);
    }

    public boolean reported() {
        return disbursed != null;
    }

    /** Both together (a roll-up): what was reported of either, the plan of both. */
    public Progress plus(Progress other) {
        return new Progress(plan.add(other.plan), sum(disbursed, other.disbursed), sum(estimate, other.estimate));
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}

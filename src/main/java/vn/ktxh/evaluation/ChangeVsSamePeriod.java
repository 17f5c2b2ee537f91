package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import vn.ktxh.shared.VnNumber;

/** "Tăng 8% so với cùng kỳ": (actual − previous) / previous × 100, signed. */
public record ChangeVsSamePeriod(BigDecimal percent) {

    public static Optional<ChangeVsSamePeriod> of(BigDecimal actual, BigDecimal previous) {
        if (previous == null || previous.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new ChangeVsSamePeriod(actual.subtract(previous)
                .multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), MathContext.DECIMAL64)));
    }

    public BigDecimal asPrinted() {
        return percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** "tăng 8%", "giảm 3,2%", "bằng cùng kỳ" — the words a report uses. */
    public String words() {
        BigDecimal printed = asPrinted();
        if (printed.signum() == 0) {
            return "bằng cùng kỳ";
        }
        return (printed.signum() > 0 ? "tăng " : "giảm ") + VnNumber.format(printed.abs()) + "%";
    }
}

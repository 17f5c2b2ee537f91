package vn.ktxh.document;

import java.math.BigDecimal;
import vn.ktxh.evaluation.PercentOfPlan;
import vn.ktxh.shared.VnNumber;

/**
 * How a unit prints "% kế hoạch" in its reports: whole percents as seed 002 does ("đạt 67% kế hoạch") or one decimal
 * ("đạt 67,1% kế hoạch"); rounded half up either way.
 */
public enum PercentPrecision {
    WHOLE(0, "Số nguyên (ví dụ: 67%)"),
    ONE_DECIMAL(1, "Một chữ số thập phân (ví dụ: 67,1%)");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int decimals;
    private final String label;

    PercentPrecision(int decimals, String label) {
        this.decimals = decimals;
        this.label = label;
    }

    public int decimals() {
        return decimals;
    }

    public String label() {
        return label;
    }

    public static PercentPrecision ofDecimals(int decimals) {
        return decimals == 0 ? WHOLE : ONE_DECIMAL;
    }

    /**
     * The percentage as printed. A plan missed by a little (99,6%) is never printed as "100%": the status is judged on
     * one decimal, so a whole percent that would round a miss up to 100 keeps its decimal.
     */
    public BigDecimal printed(PercentOfPlan percent) {
        BigDecimal shown = percent.asPrinted(decimals);
        return shown.compareTo(HUNDRED) == 0 && percent.asPrinted().compareTo(HUNDRED) < 0
                ? percent.asPrinted()
                : shown;
    }

    /** "67" or "67,1": Vietnamese notation, no trailing ",0". */
    public String format(PercentOfPlan percent) {
        return VnNumber.format(printed(percent));
    }
}

package vn.ktxh.investment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The pace disbursement must keep: a linear monthly path to {@value #YEAR_END_PERCENT}% of the capital plan by 31/12, one
 * twelfth a month completed; the capital of a year may be disbursed until 31/01 of the next year (the deadline).
 */
public final class Pace {

    static final int YEAR_END_PERCENT = 95;

    private Pace() {}

    /** Thời hạn giải ngân: 31/01 of the next year. */
    public static LocalDate deadline(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /** The share (%) of the plan to be disbursed by {@code asOf}: 95 × completed months / 12, one decimal. */
    public static BigDecimal required(int year, LocalDate asOf) {
        int months = asOf.getYear() > year
                ? 12
                : asOf.getYear() < year
                        ? 0
                        : asOf.getMonthValue() - (asOf.getDayOfMonth() == asOf.lengthOfMonth() ? 0 : 1);
        return BigDecimal.valueOf(YEAR_END_PERCENT * months).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
    }

    /** Below the pace: reported, with a plan, and its printed share under the required one. */
    public static boolean behind(Progress progress, int year, LocalDate asOf) {
        BigDecimal required = required(year, asOf);
        return progress.percent()
                .map(p -> p.asPrinted().compareTo(required) < 0)
                .orElse(false);
    }
}

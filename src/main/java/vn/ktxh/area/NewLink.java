package vn.ktxh.area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A link to record: the predecessor (valid on the day before the event), the successor (valid from the
 * event's day), the share that moved, and indicators whose share differs (households, not population).
 */
public record NewLink(
        String predecessorCode, String successorCode, BigDecimal share, Map<String, BigDecimal> indicatorShares) {

    public static NewLink whole(String predecessorCode, String successorCode) {
        return new NewLink(predecessorCode, successorCode, BigDecimal.ONE, Map.of());
    }

    LocalDate predecessorDay(LocalDate effective) {
        return effective.minusDays(1);
    }
}

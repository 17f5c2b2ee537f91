package vn.ktxh.data;

import java.math.BigDecimal;
import java.time.Instant;
import vn.ktxh.shared.Period;

/**
 * One line of a figure's history: who set or changed it, when, from what (null when created) to what, and why; its source
 * or note ("nguồn, ghi chú") before and after, audited like the value.
 */
public record FigureChange(
        FigureKind kind,
        BigDecimal oldValue,
        BigDecimal newValue,
        String oldSource,
        String newSource,
        String changedBy,
        Instant changedAt,
        String reason) {

    /** A change together with the figure it belongs to, for the audit log. */
    public record Line(long areaId, Period period, String indicator, FigureChange change) {}
}

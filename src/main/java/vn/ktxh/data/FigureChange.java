package vn.ktxh.data;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the audit: who changed a figure, when, from what (null when new) to what, and why. */
public record FigureChange(FigureKind kind, BigDecimal oldValue, BigDecimal newValue, String changedBy, Instant changedAt,
        String reason) {
}

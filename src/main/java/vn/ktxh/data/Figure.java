package vn.ktxh.data;

import java.math.BigDecimal;
import java.time.Instant;
import vn.ktxh.shared.Period;

/** A reported value, in the indicator's unit. {@code derived} marks a value worked out rather than reported. */
public record Figure(String indicator, long areaId, Period period, FigureKind kind, BigDecimal value, String source,
        boolean derived, String recordedBy, Instant recordedAt) {
}

package vn.ktxh.data;

import java.math.BigDecimal;
import java.time.Instant;
import vn.ktxh.shared.Period;

/**
 * A reported value, in the indicator's unit. {@code derived} marks a value worked out rather than reported. As checked and
 * on its way to be stored, {@code recordedBy} and {@code recordedAt} are null: storing fills them.
 */
public record Figure(
        String indicator,
        long areaId,
        Period period,
        FigureKind kind,
        BigDecimal value,
        String source,
        boolean derived,
        String recordedBy,
        Instant recordedAt) {

    /**
     * Of two figures of the same indicator, area and period, the one to use: the final figure (thực hiện) wins over the
     * estimate (ước thực hiện); between two of the same kind the first is kept. Every reader merges with this.
     */
    public static Figure preferred(Figure first, Figure second) {
        return second.kind() == FigureKind.FINAL && first.kind() != FigureKind.FINAL ? second : first;
    }
}

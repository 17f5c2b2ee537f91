package vn.ktxh.data;

import java.util.Set;
import vn.ktxh.shared.Period;

/**
 * Figures were stored or removed: whatever was worked out from them is out of date once this commits.
 * {@code areaIds} and {@code periods} say where, {@code indicators} of what; null when not known (then everything is
 * out of date, or everything of those units and periods).
 */
public record FiguresChanged(int count, Set<Long> areaIds, Set<Period> periods, Set<String> indicators) {

    public FiguresChanged(int count) {
        this(count, null, null, null);
    }

    public boolean everywhere() {
        return areaIds == null || periods == null;
    }
}

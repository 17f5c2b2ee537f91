package vn.ktxh.data;

import java.util.Collection;
import vn.ktxh.shared.Period;

/**
 * Khóa số liệu: asked before any figure is written whether the reports it belongs to are still open. The data
 * module owns this port and the reporting cycle answers it, so the cycle governs the figures and not the reverse.
 */
public interface FigureLocks {

    /** The report a figure belongs to: one area, one period. */
    record Report(long areaId, Period period) {}

    /** Refuses, as a conflict naming the report and what must happen first, a write to a submitted or approved report. */
    void requireOpen(Collection<Report> reports, String toDo);
}

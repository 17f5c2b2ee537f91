package vn.ktxh.cycle;

import java.time.Instant;

/** One move of a report: from which state to which, by whom, when and why. */
public record ReportEvent(
        long areaId, String period, ReportState from, ReportState to, String by, Instant at, String reason) {}

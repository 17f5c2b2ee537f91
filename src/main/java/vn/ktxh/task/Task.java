package vn.ktxh.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ktxh.shared.Period;

/**
 * Nhiệm vụ: a piece of a plan assigned to a lead agency with cooperating agencies. {@code end} is the deadline
 * of a one-time task and the end of the span of a recurring one; the deadline that counts is the latest
 * extension, if any ({@link #due(Period)}). {@code parentId} is set on a sub-task a lead agency split off.
 */
public record Task(
        long id,
        long areaId,
        Long planId,
        Long parentId,
        String section,
        String title,
        String content,
        AssigningDocument document,
        long leadAgencyId,
        List<Long> cooperatingAgencyIds,
        LocalDate start,
        LocalDate end,
        Recurrence recurrence,
        List<String> indicators,
        Priority priority,
        String source,
        List<Extension> extensions) {

    public Task {
        cooperatingAgencyIds = List.copyOf(cooperatingAgencyIds);
        indicators = List.copyOf(indicators);
        extensions = List.copyOf(extensions);
        document = document == null ? AssigningDocument.NONE : document;
    }

    /** The periods with a due date each; empty for a one-time or continuous task. */
    public List<Period> periods() {
        return recurrence.periods(start == null ? end.withDayOfYear(1) : start, end);
    }

    /** The deadline before any extension: the task's date, or the last day of the period. */
    public LocalDate originalDue(Period period) {
        return period == null || !recurrence.periodic() ? end : period.lastDay();
    }

    /** The deadline that counts: the latest extension of this period (or of the task), else the original. */
    public LocalDate due(Period period) {
        Period key = recurrence.periodic() ? period : null;
        return extensions.stream()
                .filter(e -> key == null ? e.period() == null : key.equals(e.period()))
                .max(Comparator.comparing(Extension::extendedAt).thenComparing(Extension::id))
                .map(Extension::newDate)
                .orElse(originalDue(period));
    }

    public boolean involves(long agencyId) {
        return leadAgencyId == agencyId || cooperatingAgencyIds.contains(agencyId);
    }

    public Task withExtensions(List<Extension> all) {
        return new Task(
                id,
                areaId,
                planId,
                parentId,
                section,
                title,
                content,
                document,
                leadAgencyId,
                cooperatingAgencyIds,
                start,
                end,
                recurrence,
                indicators,
                priority,
                source,
                all);
    }
}

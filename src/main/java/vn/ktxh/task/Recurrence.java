package vn.ktxh.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.Period;

/**
 * How often a task falls due. ONCE has one deadline; CONTINUOUS ("Thường xuyên") has no deadline of its own
 * and is judged against the end of its span (the plan's year); the others fall due at the end of every
 * month, quarter or year between the task's start and the end of its span.
 */
public enum Recurrence {
    ONCE("Một lần", null),
    CONTINUOUS("Thường xuyên", null),
    MONTHLY("Hằng tháng", Period.Type.MONTH),
    QUARTERLY("Hằng quý", Period.Type.QUARTER),
    YEARLY("Hằng năm", Period.Type.YEAR);

    private final String label;
    private final Period.Type periodType;

    Recurrence(String label, Period.Type periodType) {
        this.label = label;
        this.periodType = periodType;
    }

    public String label() {
        return label;
    }

    public boolean periodic() {
        return periodType != null;
    }

    /** The word a sheet writes in the "Thời hạn" column instead of a date. */
    public static Optional<Recurrence> fromWord(String text) {
        String folded = FoldedText.fold(text);
        for (Recurrence r : values()) {
            if (r != ONCE && FoldedText.fold(r.label).equals(folded)) {
                return Optional.of(r);
            }
        }
        return Optional.empty(); // folding also accepts the common spelling "Hàng tháng"
    }

    /** The periods of a span, each of which has its own due date (its last day). */
    public List<Period> periods(LocalDate from, LocalDate to) {
        List<Period> out = new ArrayList<>();
        if (periodType == null || to.isBefore(from)) {
            return out;
        }
        for (LocalDate day = from; !day.isAfter(to); ) {
            Period period = periodOf(day);
            out.add(period);
            day = period.lastDay().plusDays(1);
        }
        return out;
    }

    /** The period of this recurrence that holds {@code day}. */
    public Period periodOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> Period.month(day.getYear(), day.getMonthValue());
            case QUARTERLY -> Period.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> Period.year(day.getYear());
            case ONCE, CONTINUOUS -> Period.month(day.getYear(), day.getMonthValue());
        };
    }

    public Period.Type periodType() {
        return periodType;
    }
}

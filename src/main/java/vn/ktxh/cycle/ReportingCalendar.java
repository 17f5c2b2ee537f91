package vn.ktxh.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import vn.ktxh.shared.Period;

/**
 * Lịch báo cáo. Figures of a period are closed on the cut-off day of its last month and run from the
 * day after the previous cut-off (Nghị định 09/2019/NĐ-CP, Điều 12: from the 15th of the month before
 * to the 14th); the report is due on the deadline day of the last month, or of a later month.
 * All of it is configuration ({@code ktxh.calendar.*}); these are the defaults.
 */
public record ReportingCalendar(int cutOffDay, int deadlineDay, Map<Period.Type, Integer> deadlineMonthsAfter) {

    public static ReportingCalendar defaults() {
        return new ReportingCalendar(14, 20, Map.of());
    }

    /** The last day whose events the period's figures cover. */
    public LocalDate cutOff(Period period) {
        YearMonth last = YearMonth.from(period.lastDay());
        return last.atDay(Math.min(cutOffDay, last.lengthOfMonth()));
    }

    /** The first day they cover: the day after the cut-off of the month before the period. */
    public LocalDate coversFrom(Period period) {
        YearMonth before = YearMonth.from(period.firstDay()).minusMonths(1);
        return before.atDay(Math.min(cutOffDay, before.lengthOfMonth())).plusDays(1);
    }

    public LocalDate deadline(Period period) {
        YearMonth month =
                YearMonth.from(period.lastDay()).plusMonths(deadlineMonthsAfter.getOrDefault(period.type(), 0));
        return month.atDay(Math.min(deadlineDay, month.lengthOfMonth()));
    }
}

package vn.ktxh.cycle;

import java.time.Instant;
import java.time.LocalDate;
import vn.ktxh.area.Area;
import vn.ktxh.shared.VietnamTime;

/**
 * Whether an area reported a period in time, as of {@code today}: not yet due, submitted in time,
 * submitted late (and by how many days), or overdue and still not submitted.
 */
public record Timeliness(
        Area area, ReportState state, LocalDate deadline, Instant submittedAt, Verdict verdict, long daysLate) {

    public enum Verdict {
        NOT_DUE("Chưa đến hạn"),
        ON_TIME("Đúng hạn"),
        LATE("Gửi muộn"),
        OVERDUE("Quá hạn, chưa gửi"),
        NOTHING_DUE("Không có chỉ tiêu phải báo cáo");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code owes}: whether any indicator is due from the unit in the period; one that owes nothing is never overdue. */
    public static Timeliness judge(
            Area area, boolean owes, ReportState state, Instant submittedAt, LocalDate deadline, LocalDate today) {
        if (submittedAt != null) {
            LocalDate day = submittedAt.atZone(VietnamTime.ZONE).toLocalDate();
            long late = Math.max(0, day.toEpochDay() - deadline.toEpochDay());
            return new Timeliness(area, state, deadline, submittedAt, late > 0 ? Verdict.LATE : Verdict.ON_TIME, late);
        }
        if (!owes) {
            return new Timeliness(area, state, deadline, null, Verdict.NOTHING_DUE, 0);
        }
        long overdue = today.toEpochDay() - deadline.toEpochDay();
        return new Timeliness(
                area, state, deadline, null, overdue > 0 ? Verdict.OVERDUE : Verdict.NOT_DUE, Math.max(0, overdue));
    }
}

package vn.ktxh.cycle;

import java.util.Set;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.Period;

/**
 * The state of an area's report for a period. Figures can be entered while it is a draft or reopened;
 * submitted figures wait for approval; approved figures are locked.
 */
public enum ReportState {
    DRAFT("Nháp"),
    SUBMITTED("Đã gửi"),
    APPROVED("Đã phê duyệt"),
    REOPENED("Mở lại");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == REOPENED;
    }

    /** The refusal of {@code toDo} on a closed report: why it is locked and what the office above must do first. */
    public Conflict refusal(Period period, String areaName, String toDo) {
        boolean approved = this == APPROVED;
        return new Conflict("Báo cáo %s của %s %s nên số liệu và nội dung bị khóa; cần %s báo cáo trước khi %s"
                .formatted(
                        period.label(),
                        areaName,
                        approved ? "đã được phê duyệt" : "đã gửi, đang chờ phê duyệt",
                        approved ? "cấp trên mở lại" : "cấp trên trả lại",
                        toDo));
    }

    /** The moves of the workflow and the states they leave from. */
    public enum Move {
        SUBMIT("gửi", Set.of(DRAFT, REOPENED), SUBMITTED, false),
        RETURN("trả lại", Set.of(SUBMITTED), DRAFT, true),
        APPROVE("phê duyệt", Set.of(SUBMITTED), APPROVED, false),
        REOPEN("mở lại", Set.of(APPROVED), REOPENED, true);

        private final String label;
        private final Set<ReportState> from;
        private final ReportState to;
        private final boolean needsReason;

        Move(String label, Set<ReportState> from, ReportState to, boolean needsReason) {
            this.label = label;
            this.from = from;
            this.to = to;
            this.needsReason = needsReason;
        }

        public String label() {
            return label;
        }

        public boolean allowedFrom(ReportState state) {
            return from.contains(state);
        }

        public ReportState to() {
            return to;
        }

        public boolean needsReason() {
            return needsReason;
        }
    }
}

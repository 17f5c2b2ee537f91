package vn.ktxh.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ktxh.area.AreaFixture;
import vn.ktxh.cycle.ReportState.Move;

class ReportStateTest {

    @Test
    void aReportIsSubmittedThenApprovedThenReopenedWithAReason() {
        assertThat(Move.SUBMIT.allowedFrom(ReportState.DRAFT)).isTrue();
        assertThat(Move.APPROVE.allowedFrom(ReportState.SUBMITTED)).isTrue();
        assertThat(Move.REOPEN.allowedFrom(ReportState.APPROVED)).isTrue();
        assertThat(Move.SUBMIT.allowedFrom(ReportState.REOPENED)).isTrue();
        assertThat(Move.REOPEN.needsReason()).isTrue();
        assertThat(Move.RETURN.needsReason()).isTrue();
    }

    @Test
    void noStepIsSkipped() {
        assertThat(Move.APPROVE.allowedFrom(ReportState.DRAFT)).isFalse();
        assertThat(Move.REOPEN.allowedFrom(ReportState.SUBMITTED)).isFalse();
        assertThat(Move.SUBMIT.allowedFrom(ReportState.APPROVED)).isFalse();
        assertThat(ReportState.APPROVED.editable()).isFalse();
        assertThat(ReportState.REOPENED.editable()).isTrue();
    }

    @Test
    void judgesTimelinessOnTheDeadlineInVietnamTime() {
        LocalDate deadline = LocalDate.of(2024, 12, 20);
        // 16:59 UTC on the 20th is 23:59 in Hà Nội: still in time; 17:00 UTC is the 21st there
        assertThat(Timeliness.judge(
                                AreaFixture.DONG_PHONG,
                                true,
                                ReportState.SUBMITTED,
                                Instant.parse("2024-12-20T16:59:00Z"),
                                deadline,
                                deadline)
                        .verdict())
                .isEqualTo(Timeliness.Verdict.ON_TIME);
        Timeliness late = Timeliness.judge(
                AreaFixture.DONG_PHONG,
                true,
                ReportState.SUBMITTED,
                Instant.parse("2024-12-20T17:00:00Z"),
                deadline,
                deadline);
        assertThat(late.verdict()).isEqualTo(Timeliness.Verdict.LATE);
        assertThat(late.daysLate()).isEqualTo(1);
        assertThat(Timeliness.judge(AreaFixture.DONG_PHONG, true, ReportState.DRAFT, null, deadline, deadline)
                        .verdict())
                .isEqualTo(Timeliness.Verdict.NOT_DUE);
        Timeliness overdue = Timeliness.judge(
                AreaFixture.DONG_PHONG, true, ReportState.DRAFT, null, deadline, LocalDate.of(2024, 12, 23));
        assertThat(overdue.verdict()).isEqualTo(Timeliness.Verdict.OVERDUE);
        assertThat(overdue.daysLate()).isEqualTo(3);
    }

    @Test
    void aUnitWithNothingDueIsNeverOverdue() {
        LocalDate deadline = LocalDate.of(2024, 12, 20);
        assertThat(Timeliness.judge(
                                AreaFixture.DONG_PHONG,
                                false,
                                ReportState.DRAFT,
                                null,
                                deadline,
                                LocalDate.of(2025, 3, 1))
                        .verdict())
                .isEqualTo(Timeliness.Verdict.NOTHING_DUE);
        assertThat(Timeliness.judge(
                                AreaFixture.DONG_PHONG,
                                false,
                                ReportState.SUBMITTED,
                                Instant.parse("2024-12-25T03:00:00Z"),
                                deadline,
                                deadline)
                        .verdict())
                .as("what was sent is still judged")
                .isEqualTo(Timeliness.Verdict.LATE);
    }
}

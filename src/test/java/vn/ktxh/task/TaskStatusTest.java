package vn.ktxh.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktxh.shared.Period;

/** The statuses at their edges: the deadline day itself, the day after, an extension, a monthly task's periods. */
class TaskStatusTest {

    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    static Task once(LocalDate due, Extension... extensions) {
        return new Task(
                1,
                1,
                null,
                null,
                "III.2.4",
                "Giải ngân vốn đầu tư công",
                null,
                null,
                10,
                List.of(11L),
                LocalDate.of(2026, 3, 1),
                due,
                Recurrence.ONCE,
                List.of(),
                Priority.HIGH,
                null,
                List.of(extensions));
    }

    static Task monthly() {
        return new Task(
                2,
                1,
                null,
                null,
                "IV.1",
                "Báo cáo tình hình thực hiện hằng tháng",
                null,
                null,
                10,
                List.of(),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31),
                Recurrence.MONTHLY,
                List.of(),
                Priority.NORMAL,
                null,
                List.of());
    }

    static Progress report(LocalDate on, int percent) {
        return report(Period.month(on.getYear(), on.getMonthValue()), on, percent);
    }

    static Progress report(Period period, LocalDate on, int percent) {
        return new Progress(on.toEpochDay(), 1, period, on, percent, "minh họa", null, null, "x", List.of());
    }

    @Test
    void withoutProgressBeforeTheDeadlineIsNotStarted() {
        assertThat(TaskStatus.of(once(DUE), List.of(), DUE.minusDays(10))).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void onTheDeadlineDayItselfATaskIsNotYetOverdue() {
        assertThat(TaskStatus.of(once(DUE), List.of(report(DUE.minusDays(20), 60)), DUE))
                .isEqualTo(TaskStatus.ON_TRACK);
        assertThat(TaskStatus.of(once(DUE), List.of(), DUE)).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void theDayAfterTheDeadlineAnUnfinishedTaskIsOverdue() {
        assertThat(TaskStatus.of(once(DUE), List.of(report(DUE.minusDays(20), 60)), DUE.plusDays(1)))
                .isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void withoutAnyProgressPastTheDeadlineItCountsAsOverdue() {
        assertThat(TaskStatus.of(once(DUE), List.of(), DUE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void completedOnTheDeadlineIsOnTime() {
        assertThat(TaskStatus.of(once(DUE), List.of(report(DUE.minusDays(5), 70), report(DUE, 100)), DUE.plusDays(30)))
                .isEqualTo(TaskStatus.DONE_ON_TIME);
    }

    @Test
    void completedTheDayAfterIsLate() {
        assertThat(TaskStatus.of(once(DUE), List.of(report(DUE.plusDays(1), 100)), DUE.plusDays(30)))
                .isEqualTo(TaskStatus.DONE_LATE);
    }

    @Test
    void completedAfterAnExtensionIsJudgedAgainstTheExtendedDate() {
        LocalDate extended = LocalDate.of(2026, 7, 15);
        Task task = once(
                DUE,
                new Extension(
                        1,
                        1,
                        null,
                        DUE,
                        LocalDate.of(2026, 7, 10),
                        "chờ vốn",
                        "a",
                        Instant.parse("2026-06-25T00:00:00Z")),
                new Extension(
                        2,
                        1,
                        null,
                        LocalDate.of(2026, 7, 10),
                        extended,
                        "chờ thẩm định",
                        "a",
                        Instant.parse("2026-07-05T00:00:00Z")));
        assertThat(task.due(null)).isEqualTo(extended);
        assertThat(TaskStatus.of(task, List.of(report(extended, 100)), extended.plusDays(3)))
                .isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(TaskStatus.of(task, List.of(report(extended.plusDays(1), 100)), extended.plusDays(3)))
                .isEqualTo(TaskStatus.DONE_LATE);
        assertThat(TaskStatus.of(task, List.of(), LocalDate.of(2026, 7, 1)))
                .as("not overdue before the extended date")
                .isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void aReportMadeAfterTheDayAskedAboutDoesNotCount() {
        assertThat(TaskStatus.of(once(DUE), List.of(report(DUE, 100)), DUE.minusDays(1)))
                .isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void aMonthlyTaskFallsDueAtTheEndOfEachMonthOfItsSpan() {
        Task task = monthly();
        assertThat(task.periods()).hasSize(10).first().isEqualTo(Period.month(2026, 3));
        assertThat(task.due(Period.month(2026, 2 + 1))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(task.due(Period.month(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(task.due(Period.month(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Recurrence.QUARTERLY.periods(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 12, 31)))
                .extracting(Period::toString)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    }

    @Test
    void aMonthlyTaskIsJudgedOnItsCurrentMonthAndIsOverdueWhileAnEarlierMonthIsUnfinished() {
        Task task = monthly();
        List<Progress> marchDone = List.of(report(Period.month(2026, 3), LocalDate.of(2026, 3, 31), 100));
        TaskState inApril = TaskState.of(task, marchDone, LocalDate.of(2026, 4, 10));
        assertThat(inApril.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(inApril.due()).isEqualTo(LocalDate.of(2026, 4, 30));
        TaskState inMay = TaskState.of(task, marchDone, LocalDate.of(2026, 5, 1));
        assertThat(inMay.status()).as("April was not reported").isEqualTo(TaskStatus.OVERDUE);
        assertThat(inMay.period()).isEqualTo(Period.month(2026, 4));
        assertThat(TaskState.of(
                                task,
                                List.of(report(Period.month(2026, 3), LocalDate.of(2026, 4, 2), 100)),
                                LocalDate.of(2026, 4, 3))
                        .status())
                .as("March's report in April only counts for March: April is current")
                .isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void remindersListOverdueTasksThenThoseDueWithinSevenDays() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Agency lead = new Agency(10, 1, "Phòng Kinh tế, Hạ tầng và Đô thị", true, null);
        List<TaskView> views = List.of(
                view(once(today.plusDays(7)), lead, today), view(once(today.plusDays(8)), lead, today),
                view(once(today.minusDays(3)), lead, today), view(once(today), lead, today));
        List<Reminder> reminders = Reminder.select(views, today);
        assertThat(reminders)
                .extracting(Reminder::kind)
                .containsExactly(Reminder.Kind.OVERDUE, Reminder.Kind.DUE_SOON, Reminder.Kind.DUE_SOON);
        assertThat(reminders).extracting(Reminder::days).containsExactly(3L, 0L, 7L);
        assertThat(reminders.get(0).text()).startsWith("Quá hạn 3 ngày");
        assertThat(reminders.get(1).text()).startsWith("Đến hạn hôm nay");
    }

    static TaskView view(Task task, Agency lead, LocalDate today) {
        return new TaskView(task, lead, List.of(), TaskState.of(task, List.of(), today));
    }
}

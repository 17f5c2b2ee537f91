package vn.ktxh.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Nhắc việc: a task overdue or due within the next days, as the application shows it and the morning e-mail
 * lists it. Selection is a rule on the day given, so a test names its day.
 */
public record Reminder(Kind kind, TaskView task, long days) {

    public enum Kind {
        OVERDUE,
        DUE_SOON
    }

    public static final int SOON_DAYS = 7;

    /** Overdue tasks first (longest overdue first), then those due soon (nearest first); done tasks never. */
    public static List<Reminder> select(List<TaskView> tasks, LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        for (TaskView view : tasks) {
            TaskState state = view.state();
            long days = ChronoUnit.DAYS.between(today, state.due());
            if (state.overdue()) {
                out.add(new Reminder(Kind.OVERDUE, view, -days));
            } else if (state.dueWithin(today, SOON_DAYS)) {
                out.add(new Reminder(Kind.DUE_SOON, view, days));
            }
        }
        out.sort(Comparator.comparing(Reminder::kind)
                .thenComparing(r -> r.task().state().due()));
        return out;
    }

    /** "Quá hạn 5 ngày", "Đến hạn hôm nay", "Còn 3 ngày". */
    public String text() {
        if (kind == Kind.OVERDUE) {
            return "Quá hạn %d ngày: %s (hạn %s)"
                    .formatted(
                            days,
                            task.task().title(),
                            TaskDates.print(task.state().due()));
        }
        return (days == 0 ? "Đến hạn hôm nay: %s (hạn %s)" : "Còn " + days + " ngày: %s (hạn %s)")
                .formatted(task.task().title(), TaskDates.print(task.state().due()));
    }
}

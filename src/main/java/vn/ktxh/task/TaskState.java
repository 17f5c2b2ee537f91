package vn.ktxh.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ktxh.shared.Period;

/**
 * Where a task stands on a day: its status, the deadline that matters now, the period it is about (null for a
 * one-time task) and the percent last reported for it. A recurring task is judged on its current period, but
 * is overdue while any earlier period is still unfinished past its deadline — that period is then the one shown.
 */
public record TaskState(TaskStatus status, LocalDate due, Period period, int percent) {

    public static TaskState of(Task task, List<Progress> progress, LocalDate today) {
        if (!task.recurrence().periodic()) {
            return judged(task, null, progress, today);
        }
        List<Period> periods = task.periods();
        if (periods.isEmpty()) {
            return judged(task, null, progress, today);
        }
        List<TaskState> started = new ArrayList<>();
        for (Period period : periods) {
            if (started.isEmpty() || !period.firstDay().isAfter(today)) {
                started.add(judged(
                        task,
                        period,
                        progress.stream().filter(p -> period.equals(p.period())).toList(),
                        today));
            }
        }
        return started.stream()
                .filter(s -> s.status() == TaskStatus.OVERDUE)
                .findFirst()
                .orElse(started.get(started.size() - 1));
    }

    private static TaskState judged(Task task, Period period, List<Progress> reports, LocalDate today) {
        LocalDate due = task.due(period);
        int percent = reports.stream()
                .filter(p -> !p.reportedOn().isAfter(today))
                .max(Comparator.comparing(Progress::reportedOn).thenComparing(Progress::id))
                .map(Progress::percent)
                .orElse(0);
        return new TaskState(TaskStatus.judge(due, reports, today), due, period, percent);
    }

    public boolean overdue() {
        return status == TaskStatus.OVERDUE;
    }

    /** Not done and due from today to {@code days} days later (a task due today is not yet overdue). */
    public boolean dueWithin(LocalDate today, int days) {
        return !status.done() && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }
}

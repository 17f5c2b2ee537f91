package vn.ktxh.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.RejectedInput;

/**
 * Trạng thái of a task, derived every time from its deadline, its progress reports and the day asked about;
 * never stored, so it cannot go stale. Not started past the deadline counts as overdue.
 */
public enum TaskStatus {
    NOT_STARTED("Chưa thực hiện"),
    ON_TRACK("Đang thực hiện trong hạn"),
    OVERDUE("Đang thực hiện quá hạn"),
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** "OVERDUE" or its label ("Đang thực hiện quá hạn", diacritics and case ignored); empty text is no filter. */
    public static Optional<TaskStatus> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = FoldedText.fold(text);
        for (TaskStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())
                    || FoldedText.fold(s.label).equals(folded)) {
                return Optional.of(s);
            }
        }
        throw new RejectedInput(
                "status",
                "\"%s\" không phải trạng thái nhiệm vụ (%s)"
                        .formatted(
                                text,
                                String.join(
                                        ", ",
                                        Arrays.stream(values())
                                                .map(TaskStatus::label)
                                                .toList())));
    }

    /** The status of the task on {@code today}; see {@link TaskState#of}. */
    public static TaskStatus of(Task task, List<Progress> progress, LocalDate today) {
        return TaskState.of(task, progress, today).status();
    }

    /**
     * One deadline against the reports made for it by {@code today}: done when a report says 100% (on time
     * if that day is not after the deadline); otherwise overdue only after the deadline day itself.
     */
    static TaskStatus judge(LocalDate due, List<Progress> reports, LocalDate today) {
        List<Progress> known =
                reports.stream().filter(p -> !p.reportedOn().isAfter(today)).toList();
        return known.stream()
                .filter(Progress::complete)
                .map(Progress::reportedOn)
                .min(LocalDate::compareTo)
                .map(doneOn -> doneOn.isAfter(due) ? DONE_LATE : DONE_ON_TIME)
                .orElseGet(() -> today.isAfter(due)
                        ? OVERDUE
                        : known.stream().anyMatch(p -> p.percent() > 0) ? ON_TRACK : NOT_STARTED);
    }
}

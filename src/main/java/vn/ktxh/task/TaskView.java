package vn.ktxh.task;

import java.util.List;

/** A task as the lists show it: with its agencies' names and where it stands on the day asked about. */
public record TaskView(Task task, Agency lead, List<Agency> cooperating, TaskState state) {

    public TaskView {
        cooperating = List.copyOf(cooperating);
    }

    public String cooperatingNames() {
        return String.join(", ", cooperating.stream().map(Agency::name).toList());
    }
}

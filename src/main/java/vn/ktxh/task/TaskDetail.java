package vn.ktxh.task;

import java.util.List;

/** A task with everything its page shows: progress history (oldest first), extensions and sub-tasks. */
public record TaskDetail(
        TaskView view, List<Progress> progress, List<TaskView> subtasks, boolean canReport, boolean canManage) {}

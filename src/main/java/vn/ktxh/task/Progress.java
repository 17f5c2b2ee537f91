package vn.ktxh.task;

import java.time.LocalDate;
import java.util.List;
import vn.ktxh.shared.Period;

/**
 * Báo cáo tiến độ of a task for a period, by its lead agency: what was done, the percent done (0–100),
 * problems (khó khăn, vướng mắc) and proposals (đề xuất, kiến nghị). {@code reportedOn} is the day it counts from.
 */
public record Progress(
        long id,
        long taskId,
        Period period,
        LocalDate reportedOn,
        int percent,
        String text,
        String problems,
        String proposals,
        String reportedBy,
        List<Attachment> attachments) {

    public Progress {
        attachments = List.copyOf(attachments);
    }

    public boolean complete() {
        return percent == 100;
    }
}

package vn.ktxh.task;

import java.time.Instant;
import java.time.LocalDate;
import vn.ktxh.shared.Period;

/** Gia hạn: a deadline moved, with its reason, by whom and when; {@code period} is null for a one-time task. */
public record Extension(
        long id,
        long taskId,
        Period period,
        LocalDate oldDate,
        LocalDate newDate,
        String reason,
        String extendedBy,
        Instant extendedAt) {}

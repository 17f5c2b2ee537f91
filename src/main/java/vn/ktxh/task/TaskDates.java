package vn.ktxh.task;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese documents write them (30/06/2026); ISO (2026-06-30) is read too, for the API. */
public final class TaskDates {

    private static final DateTimeFormatter VN =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private TaskDates() {}

    /** The date, or empty when the text is no real date ("31/02/2026"). */
    public static Optional<LocalDate> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            return Optional.of(s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : LocalDate.parse(s, VN));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static String print(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }
}

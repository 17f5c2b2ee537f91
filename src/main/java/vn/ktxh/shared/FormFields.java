package vn.ktxh.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The values of a submitted form as people type them: a blank field is absent, numbers are in Vietnamese notation,
 * dates come from the calendar (ISO); a wrong one is refused naming its field and, where given, its label.
 */
public final class FormFields {

    private FormFields() {}

    public static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static BigDecimal number(Map<String, String> form, String field, Map<String, String> labels) {
        String text = text(form, field);
        if (text == null) {
            return null;
        }
        try {
            return VnNumber.parse(text);
        } catch (RejectedInput e) {
            throw new RejectedInput(field, "%s: %s".formatted(labels.getOrDefault(field, field), e.getMessage()));
        }
    }

    public static LocalDate date(Map<String, String> form, String field) {
        String text = text(form, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RejectedInput(field, "Ngày \"%s\" không đúng (chọn ngày trên lịch)".formatted(text));
        }
    }
}

package vn.ktxh.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Numbers in Vietnamese notation: "." groups thousands, "," marks decimals (1.595,3 = 1595.3).
 * Reading is strict, because "1,595.3" or "1.5" could mean two different numbers and a wrong guess
 * silently corrupts a report; such text is refused with the reason.
 */
public final class VnNumber {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(,\\d+)?");
    /** No figure of a plan or report needs more: 20 digits hold a province's budget in đồng to the last đồng. */
    static final int MAX_DIGITS = 20;

    private static final int MAX_TEXT = 2 * MAX_DIGITS + 10; // digits, group dots, a comma, signs and spaces
    private static final int SHOWN = 24;

    private VnNumber() {}

    /** Reads "1.595,3", "134.700", "9,16", "-3,2", "0"; spaces (also non-breaking) around are ignored. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RejectedInput("Chưa nhập số");
        }
        if (text.length() > MAX_TEXT) {
            throw new RejectedInput(tooLong(text.strip()));
        }
        String s = text.strip().replace('\u00a0', ' ').replace(" ", "").replace('−', '-');
        if (GROUPED.matcher(s).matches() || PLAIN.matcher(s).matches()) {
            return sensible(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        throw new RejectedInput(reasonFor(shown(text.strip())));
    }

    /**
     * Refuses a number no figure can be, before any arithmetic or printing: 1e4000000 is cheap to hold but
     * takes seconds and megabytes to print or compare with others. At most {@value #MAX_DIGITS} significant digits,
     * {@value #MAX_DIGITS} before the decimal comma and {@value #MAX_DIGITS} after it.
     */
    public static BigDecimal sensible(BigDecimal value) {
        int precision = value.precision(); // unscaled digits: cheap, unlike stripTrailingZeros on 1e4000000
        long before = (long) precision - value.scale();
        if (value.signum() == 0
                || before <= MAX_DIGITS
                        && precision <= 2 * MAX_DIGITS + 1
                        && value.scale() <= 2 * MAX_DIGITS
                        && significant(value) <= MAX_DIGITS) {
            return value.signum() == 0 ? BigDecimal.ZERO : value;
        }
        throw new RejectedInput(
                before > MAX_DIGITS
                        ? "Số quá lớn (%s): số liệu có nhiều nhất %d chữ số phần nguyên"
                                .formatted(shown(value), MAX_DIGITS)
                        : "Số có quá nhiều chữ số (%s): nhiều nhất %d chữ số có nghĩa"
                                .formatted(shown(value), MAX_DIGITS));
    }

    private static int significant(BigDecimal value) {
        return value.precision() <= MAX_DIGITS
                ? value.precision()
                : value.stripTrailingZeros().precision();
    }

    private static String tooLong(String text) {
        return "\"%s\" dài %d ký tự, không phải là một số liệu (nhiều nhất %d chữ số)"
                .formatted(shown(text), text.length(), MAX_DIGITS);
    }

    /** The beginning of what was sent, never the megabyte after it. */
    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static String shown(BigDecimal value) {
        return value.precision() <= SHOWN && Math.abs(value.scale()) <= SHOWN
                ? value.toPlainString()
                : shown(value.toString());
    }

    private static String reasonFor(String s) {
        int dot = s.indexOf('.');
        int comma = s.indexOf(',');
        if (dot >= 0 && comma >= 0 && comma < dot) {
            return "\"%s\" viết theo kiểu tiếng Anh, không rõ nghĩa; số Việt Nam dùng dấu chấm ngăn cách hàng nghìn và dấu phẩy cho phần thập phân (ví dụ: 1.595,3)"
                    .formatted(s);
        }
        if (dot >= 0 && s.matches("-?\\d+(\\.\\d+)+")) {
            return "\"%s\" không rõ nghĩa: dấu chấm chỉ dùng ngăn cách hàng nghìn theo nhóm 3 chữ số; phần thập phân dùng dấu phẩy (ví dụ: 1.595,3 hoặc 1,5)"
                    .formatted(s);
        }
        if (comma >= 0 && s.indexOf(',', comma + 1) >= 0) {
            return "\"%s\" có nhiều dấu phẩy; số Việt Nam chỉ có một dấu phẩy thập phân (ví dụ: 1.595,3)".formatted(s);
        }
        return "\"%s\" không phải là số (ví dụ: 1.595,3)".formatted(s);
    }

    /** Prints a number as the value it holds: 1595.30 → "1.595,3", 100.0 → "100". */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return format(stripped, Math.max(0, stripped.scale()));
    }

    /** Prints rounded half up to at most {@code decimals} places, dropping trailing zeros ("102,7", "100"). */
    public static String formatRounded(BigDecimal value, int decimals) {
        return format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String format(BigDecimal value, int scale) {
        BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return (scaled.signum() < 0 ? "-" : "") + out;
    }
}

package vn.ktxh.exchange.dhis2;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.ktxh.shared.RejectedInput;

/**
 * A value as DHIS2 writes it: a string with a decimal point and no thousands separator ({@code "1595.3"}). DHIS2 is
 * not Vietnamese, so "1.595,3" is refused rather than guessed (read as 1.595 it would be a thousand times too small).
 */
public final class Dhis2Value {

    private static final Pattern FORM = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Dhis2Value() {}

    public static String format(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal parse(String text) {
        if (text == null || !FORM.matcher(text.strip()).matches()) {
            throw new RejectedInput(
                    "value",
                    "giá trị \"%s\" không phải số theo cách viết của DHIS2 (dấu chấm thập phân, không phân cách hàng nghìn, ví dụ 1595.3)"
                            .formatted(text));
        }
        return new BigDecimal(text.strip());
    }
}

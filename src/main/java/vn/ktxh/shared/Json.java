package vn.ktxh.shared;

import java.math.BigDecimal;

/** Numbers for JSON: plain notation (1E+2 would be read back as a float by some clients), null kept null. */
public final class Json {

    private Json() {}

    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.toPlainString());
    }
}

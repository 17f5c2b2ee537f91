package vn.ktxh.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.ktxh.shared.VietnamTime;
import vn.ktxh.shared.VnNumber;

/** Vietnamese notation in templates, as {@code ${@vn.format(value)}}: "1.595,3", and "—" where there is no number. */
@Component("vn")
public class VnFormat {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    public String format(BigDecimal value) {
        return value == null ? "—" : VnNumber.format(value);
    }

    /** Rounded half up to at most {@code decimals} places: a level to reach worked out by growth is not printed to 16 digits. */
    public String rounded(BigDecimal value, int decimals) {
        return value == null ? "—" : VnNumber.formatRounded(value, decimals);
    }

    /** A moment as Vietnam reads its clock: "23/11/2026 14:05". */
    public String moment(Instant at) {
        return at == null ? "—" : MOMENT.format(at);
    }

    /** A number for a script to read (a chart): plain notation, at most three decimals; empty when there is none. */
    public String plain(BigDecimal value) {
        return value == null
                ? ""
                : value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

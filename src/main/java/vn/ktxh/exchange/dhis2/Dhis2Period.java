package vn.ktxh.exchange.dhis2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * A period in DHIS2's notation: {@code 2024} (yearly), {@code 2024S1} (six-monthly), {@code 2024Q1} (quarterly),
 * {@code 202403} (monthly). Our nine months and five-year terms have no DHIS2 period type: they are refused, never
 * sent as something else.
 */
public final class Dhis2Period {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:Q([1-4])|S([12])|(0[1-9]|1[0-2]))?");

    private Dhis2Period() {}

    public static String format(Period period) {
        return switch (period.type()) {
            case YEAR -> Integer.toString(period.year());
            case HALF -> period.year() + "S" + period.number();
            case QUARTER -> period.year() + "Q" + period.number();
            case MONTH -> period.year() + (period.number() < 10 ? "0" : "") + period.number();
            case NINE_MONTHS, TERM ->
                throw new RejectedInput(
                        "period",
                        "Kỳ %s không có dạng tương ứng trong DHIS2 (chỉ có năm, 6 tháng, quý, tháng)"
                                .formatted(period.label()));
        };
    }

    /** Reads DHIS2's notation; any other (a week, a day, a financial year) is refused naming the forms read. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new RejectedInput(
                    "period",
                    "Kỳ DHIS2 \"%s\" không đúng dạng; dùng 2024 (năm), 2024S1 (6 tháng), 2024Q1 (quý) hoặc 202403 (tháng)"
                            .formatted(text == null ? "" : text));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Period.quarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new Period(Period.Type.HALF, year, Integer.parseInt(m.group(3)), year);
        }
        if (m.group(4) != null) {
            return Period.month(year, Integer.parseInt(m.group(4)));
        }
        return Period.year(year);
    }

    /** A period a request names in either notation: DHIS2's ({@code 202403}) or ours ({@code 2024-M03}). */
    public static Period either(String text) {
        return text != null && FORM.matcher(text.strip()).matches() ? parse(text) : Period.parse(text);
    }
}

package vn.ktxh.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ("2024"), a quarter ("2024-Q1"), a month ("2024-M03"), the first or second
 * six months ("2024-H1"), nine months ("2024-9M") or a five-year term ("2021-2025").
 * {@code number} is the quarter, month or half; for a term {@code endYear} is its last year.
 */
public record Period(Type type, int year, int number, int endYear) implements Comparable<Period> {

    public enum Type {
        YEAR("năm"),
        HALF("6 tháng"),
        NINE_MONTHS("9 tháng"),
        QUARTER("quý"),
        MONTH("tháng"),
        TERM("giai đoạn");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern FORM =
            Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|M(0[1-9]|1[0-2])|H([12])|(9M)|(\\d{4})))?");

    public Period {
        if (year < 1900 || year > 2200) {
            throw new RejectedInput("period", "Năm %d nằm ngoài khoảng cho phép (1900–2200)".formatted(year));
        }
    }

    /**
     * Spread over all the bits, and the same in every JVM: with the record's own hash, periods a month apart hash 31
     * apart, and so do consecutive unit ids in a key (unit, period), which then collide (see {@code FigureCheck}).
     */
    @Override
    public int hashCode() {
        return (((type.ordinal() * 31 + year) * 31 + number) * 31 + endYear) * 0x9E3779B9;
    }

    public static Period year(int year) {
        return new Period(Type.YEAR, year, 0, year);
    }

    public static Period term(int from, int to) {
        return new Period(Type.TERM, from, 0, to);
    }

    public static Period month(int year, int month) {
        return new Period(Type.MONTH, year, month, year);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Type.QUARTER, year, quarter, year);
    }

    /** Reads the forms of the API: 2024, 2024-Q1, 2024-M03, 2024-H1, 2024-9M, 2021-2025. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new RejectedInput(
                    "period",
                    "Kỳ \"%s\" không đúng dạng; dùng 2024, 2024-Q1, 2024-M03, 2024-H1, 2024-9M hoặc 2021-2025"
                            .formatted(text));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return quarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return month(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new Period(Type.HALF, year, Integer.parseInt(m.group(4)), year);
        }
        if (m.group(5) != null) {
            return new Period(Type.NINE_MONTHS, year, 0, year);
        }
        if (m.group(6) != null) {
            int to = Integer.parseInt(m.group(6));
            if (to <= year) {
                throw new RejectedInput("period", "Giai đoạn \"%s\": năm cuối phải sau năm đầu".formatted(text));
            }
            return term(year, to);
        }
        return year(year);
    }

    /** The same period one year earlier ("cùng kỳ năm trước"); a term has none. */
    public Period sameOfPreviousYear() {
        if (type == Type.TERM) {
            throw new IllegalStateException("a term has no same period of the previous year");
        }
        return new Period(type, year - 1, number, endYear - 1);
    }

    public boolean isTerm() {
        return type == Type.TERM;
    }

    /** Whether this period lies within {@code other} (a year within its term, a month within its year...). */
    public boolean within(Period other) {
        return !firstDay().isBefore(other.firstDay()) && !lastDay().isAfter(other.lastDay());
    }

    public LocalDate firstDay() {
        return switch (type) {
            case YEAR, NINE_MONTHS, TERM -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, number == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case TERM -> LocalDate.of(endYear, 12, 31);
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
            case HALF -> YearMonth.of(year, number * 6).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
        };
    }

    /** The Vietnamese words: "năm 2024", "quý I năm 2024", "tháng 3 năm 2024", "giai đoạn 2021-2025". */
    public String label() {
        return switch (type) {
            case YEAR -> "năm " + year;
            case TERM -> "giai đoạn " + year + "-" + endYear;
            case QUARTER -> "quý " + "I II III IV".split(" ")[number - 1] + " năm " + year;
            case MONTH -> "tháng " + number + " năm " + year;
            case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
        };
    }

    @Override
    public String toString() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case TERM -> year + "-" + endYear;
            case QUARTER -> year + "-Q" + number;
            case MONTH ->
                year + (number < 10 ? "-M0" : "-M") + number; // not String.format: written for every figure stored
            case HALF -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : other.lastDay().compareTo(lastDay());
    }
}

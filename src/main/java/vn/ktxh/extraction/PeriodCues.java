package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a text names, in the benchmark's notation: "năm 2025" → 2025, "giai đoạn 2021-2025" → 2021-2025,
 * "6 tháng đầu năm 2025" → 6T/2025, "quý I/2025" → Q1/2025, "tháng 10/2025" → T10/2025, "đến 30/6/2025" →
 * 2025-06-30. A period after "so với" or "cùng kỳ" is the base of a comparison, not the figure's period.
 * (Patterns have no nested open-ended repetition, so they run in linear time on any input.)
 */
final class PeriodCues {

    /** A period named at [start, end); {@code reference} when it is what a change is measured against. */
    record PeriodCue(int start, int end, String period, boolean reference) {
    }

    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern DAY = Pattern.compile("(?:đến|tới)(?: hết)?(?: ngày)? (\\d{1,2})/(\\d{1,2})/" + YEAR);
    private static final Pattern SPAN = Pattern.compile(YEAR + " ?[-–] ?" + YEAR);
    private static final Pattern MONTHS = Pattern.compile("\\b(\\d{1,2}) tháng(?: đầu| cuối)?(?: năm)? ?/?" + YEAR);
    private static final Pattern QUARTER = Pattern.compile("quý (iv|iii|ii|i|[1-4])(?: năm | ?/ ?)" + YEAR);
    private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?: năm | ?/ ?)" + YEAR);
    private static final Pattern NAMED_YEAR = Pattern.compile("năm " + YEAR);
    /** A day's date ("ngày 15 tháng 8 năm 2024", "ngày 30/6/2025") dates an event or a document; it is no period. */
    private static final Pattern DATE = Pattern.compile("ngày (\\d{1,2})(?: tháng |/)(\\d{1,2})(?: năm |/)" + YEAR);
    /** "6 tháng đầu năm", "quý III" with no year: the year is the section's or the document's ({@link #withYear}). */
    private static final Pattern MONTHS_OF_THIS_YEAR = Pattern.compile("\\b(\\d{1,2}) tháng đầu năm(?! ?(?:19|20)\\d\\d)");
    private static final Pattern QUARTER_OF_THIS_YEAR = Pattern.compile("\\bquý (iv|iii|ii|i)\\b(?! ?(?:năm|/) ?(?:19|20)\\d\\d)");

    private PeriodCues() {
    }

    static List<PeriodCue> findAll(String text) {
        String lower = Words.lower(text);
        List<PeriodCue> out = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet(lower.length());
        find(lower, DAY, taken, out, m -> "%s-%02d-%02d".formatted(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        find(lower, DATE, taken, out, m -> "");
        find(lower, SPAN, taken, out, m -> Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2)) ? m.group(1) + "-" + m.group(2) : null);
        find(lower, MONTHS, taken, out, m -> {
            int months = Integer.parseInt(m.group(1));
            return months >= 1 && months < 12 ? months + "T/" + m.group(2) : null;
        });
        find(lower, QUARTER, taken, out, m -> "Q" + quarter(m.group(1)) + "/" + m.group(2));
        find(lower, MONTH, taken, out, m -> {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? "T" + month + "/" + m.group(2) : null;
        });
        find(lower, NAMED_YEAR, taken, out, m -> m.group(1));
        find(lower, MONTHS_OF_THIS_YEAR, taken, out, m -> {
            int months = Integer.parseInt(m.group(1));
            return months >= 1 && months < 12 ? months + "T/" : null;
        });
        find(lower, QUARTER_OF_THIS_YEAR, taken, out, m -> "Q" + quarter(m.group(1)) + "/");
        out.removeIf(c -> c.period().isEmpty());
        out.sort(java.util.Comparator.comparingInt(PeriodCue::start));
        return out;
    }

    /** The first period a heading or title names that is not a comparison base nor a price base, or null. */
    static String firstIn(String text) {
        return findAll(text).stream().filter(c -> !c.reference()).map(PeriodCue::period).findFirst().orElse(null);
    }

    /** A period written without its year ("6T/") takes the year of {@code around} ("2025", "9T/2025"). */
    static String withYear(String period, String around) {
        if (period == null || !period.endsWith("/")) {
            return period;
        }
        int year = DocumentContext.yearOf(around);
        return year > 0 ? period + year : around;
    }

    private interface Reading {
        String period(Matcher m);
    }

    private static void find(String lower, Pattern pattern, java.util.BitSet taken, List<PeriodCue> out, Reading reading) {
        Matcher m = pattern.matcher(lower);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            int covered = taken.nextSetBit(start);
            if (covered >= 0 && covered < end) {
                continue;
            }
            String period = reading.period(m);
            if (period == null) {
                continue;
            }
            taken.set(start, end);
            String before = lower.substring(Math.max(0, start - 24), start);
            boolean reference = before.contains("so với") || before.contains("cùng kỳ") || before.contains("so cùng")
                    || before.contains("hơn") && before.contains("so") || before.contains("giá so sánh")
                    || before.contains("giá cố định");
            out.add(new PeriodCue(start, end, period, reference));
        }
    }

    private static int quarter(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}

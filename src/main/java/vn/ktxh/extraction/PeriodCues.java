package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
    record PeriodCue(int start, int end, String period, boolean reference) {}

    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern DAY = Pattern.compile("(?:đến|tới)(?: hết)?(?: ngày)? (\\d{1,2})/(\\d{1,2})/" + YEAR);
    /** "tính đến ngày 31-10", "đến ngày 30/9" with no year: that day of the year around ({@link #withYear}). */
    private static final Pattern DAY_OF_THIS_YEAR =
            Pattern.compile("ngày (\\d{1,2})[-/](\\d{1,2})(?![-/]?\\d)(?<=(?:đến|tới)(?: hết)? ngày [\\d/-]{3,5})");

    private static final Pattern SPAN = Pattern.compile(YEAR + " ?[-–] ?" + YEAR);
    /**
     * "6 tháng đầu năm 2025" → 6T/2025 (also "6tháng", and "năm năm 2025" doubled); "6 tháng cuối năm 2025" (group 2) is
     * the rest of that year: 2025.
     */
    private static final Pattern MONTHS =
            Pattern.compile("\\b(\\d{1,2}) *tháng( đầu| cuối)?(?: +năm){0,2} *(?:/ ?)?" + YEAR);

    private static final Pattern QUARTER = Pattern.compile("qu[ýí] +(iv|iii|ii|i|[1-4])(?: +năm +| ?/ ?)" + YEAR);
    /**
     * "tháng 10/2024", "tháng 10 năm 2024", "tháng 10-2024" (a newspaper's dash) → T10/2024; these three also where a
     * pasted text doubled a space ("tháng  10 năm 2024").
     */
    private static final Pattern MONTH = Pattern.compile("tháng +(\\d{1,2})(?: +năm +| ?/ ?|-)" + YEAR);

    private static final Pattern NAMED_YEAR = Pattern.compile("năm " + YEAR);
    /** A day's date ("ngày 15 tháng 8 năm 2024", "ngày 30/6/2025") dates an event or a document; it is no period. */
    private static final Pattern DATE = Pattern.compile("ngày (\\d{1,2})(?: tháng |/)(\\d{1,2})(?: năm |/)" + YEAR);
    /** "6 tháng đầu năm", "quý III" with no year: the year is the section's or the document's ({@link #withYear}). */
    private static final Pattern MONTHS_OF_THIS_YEAR =
            Pattern.compile("\\b(\\d{1,2}) ?tháng đầu năm(?! ?(?:19|20)\\d\\d)");

    /** "Đến trung tuần tháng 2, …", "giữa tháng 5": a state as of that month of this year, "T2/" ({@link #withYear}). */
    private static final Pattern PART_OF_MONTH = Pattern.compile(
            "tháng (\\d{1,2})(?<=(?:trung tuần|thượng tuần|giữa|đầu) tháng \\d{1,2})(?![\\d/-])(?! năm (?:19|20)\\d\\d)");

    private static final Pattern QUARTER_OF_THIS_YEAR =
            Pattern.compile("\\bqu[ýí] (iv|iii|ii|i)\\b(?! ?(?:năm|/) ?(?:19|20)\\d\\d)");
    /**
     * "9 tháng của tỉnh", "10 tháng tăng 15,55%", "ước 6 tháng gieo trồng": months of this year without the year; not a
     * duration ("dưới 3 tháng", "trong 6 tháng", "mỗi 3 tháng"), and not a count per month ("người/6 tháng"). The words
     * before are looked at only where a number starts: looked at everywhere, they were most of the extractor's time.
     */
    private static final Pattern MONTHS_NAMED_ALONE = Pattern.compile(
            "\\b(?=\\d)(?<!(?:dưới|trên|trong|hơn|mỗi|sau|từ|đủ|kéo dài|thời gian|/) ?)(\\d{1,2}) ?tháng(?= của| năm nay| qua| tăng| giảm| ước| đạt| gieo| thu| thực|,)");
    /**
     * "Trong 9 tháng, …" opening a sentence: the months of this year the paragraph reports on (elsewhere "trong 6 tháng" is
     * a duration).
     */
    private static final Pattern MONTHS_OPENING =
            Pattern.compile("(?:^|[.;:] )trong (\\d{1,2}) tháng(?=,| qua,| năm nay,| đầu năm,)");
    /** "đến hết tháng 10/2023", "tính đến tháng 9 năm 2025": the months from the start of that year, "10T/2023". */
    private static final Pattern UP_TO_MONTH =
            Pattern.compile("(?:đến|tới) (?:hết |cuối )?tháng (\\d{1,2})(?: năm | ?/ ?)" + YEAR);
    /** "đến hết tháng 2," with no year: the months from the start of the year around, "2T/" ({@link #withYear}). */
    private static final Pattern UP_TO_MONTH_OF_THIS_YEAR = Pattern.compile(
            "tháng (\\d{1,2})(?<=(?:đến|tới) (?:hết|cuối) tháng \\d{1,2})(?![\\d/.-])(?! năm (?:19|20)\\d\\d)");
    /**
     * "Đến tháng 10, toàn tỉnh …", "thu ngân sách tháng 10 ước đạt …" with no year: that month of the year around, "T10/"
     * (not the month of a day, "ngày 15 tháng 10").
     */
    private static final Pattern MONTH_OF_THIS_YEAR = Pattern.compile(
            "tháng (\\d{1,2})(?<!ngày \\d{1,2} tháng \\d{1,2})(?![\\d/.-])(?! năm (?:19|20)\\d\\d)(?! (?:đầu|cuối|qua|và))");
    /** "lũy kế năm 2024" in a month's report: the months of that year so far ({@link #withYear}). */
    private static final Pattern YEAR_TO_DATE = Pattern.compile("l(?:ũy|uỹ) kế (?:từ đầu )?năm " + YEAR);
    /** The period "lũy kế năm 2024" stands for until {@link #withYear} knows the report's month: "…/2024". */
    private static final String SO_FAR = "…/";

    /** "ước cả năm 812 ha": the whole year the section or document is about. */
    private static final Pattern WHOLE_YEAR = // not the plan's name: "đạt 53,8% dự toán cả năm"
            Pattern.compile("\\bcả năm(?<!(?:dự toán|kế hoạch|kh) cả năm)(?! ?(?:19|20)\\d\\d)");
    /** The period "cả năm" stands for until {@link #withYear} gives it the year around it. */
    private static final String THIS_YEAR = "/";
    /**
     * Words that make the period after them part of a name or a starting point, not the period of a figure: "Luật Hợp
     * tác năm 2023", "chuẩn nghèo giai đoạn 2021-2025", "nhiệm kỳ 2021-2026", "hư hỏng từ năm 2022", "vụ đông năm 2023".
     */
    private static final Pattern NAMING =
            Pattern.compile("(?:luật|chuẩn|nhiệm kỳ|khóa|khoá)\\b[^,;.()]{0,20}$|\\btừ (?:năm |giai đoạn )?$"
                    // a crop season: "vụ đông năm 2023 - 2024", "vụ thu mùa năm 2023" name the harvest, not its period
                    + "|\\bvụ (?:đông|xuân|mùa|hè|thu|chiêm)(?: \\p{L}+)?(?: năm)? ?$");

    /** A count of months written in words: "sáu tháng đầu năm", "Chín tháng năm 2024". */
    private static final Pattern MONTHS_IN_WORDS = Pattern.compile(
            "(?<!\\p{L})(mười một|mười hai|mười|một|hai|ba|bốn|sáu|bảy|tám|chín)(?= tháng(?: đầu| năm| qua|,))");

    private static final List<String> MONTH_WORDS =
            List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai");

    /** {@code lower} with counts of months in digits, right-aligned in the words' place so positions stay. */
    private static String monthsInDigits(String lower) {
        Matcher m = MONTHS_IN_WORDS.matcher(lower);
        if (!m.find()) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower);
        do {
            String digits = Integer.toString(MONTH_WORDS.indexOf(m.group(1)) + 1);
            out.replace(m.start(), m.end(), " ".repeat(m.group(1).length() - digits.length()) + digits);
        } while (m.find());
        return out.toString();
    }

    private PeriodCues() {}

    static List<PeriodCue> findAll(String text) {
        return findAllInLower(Words.lower(text));
    }

    /** {@link #findAll} of a text already in lower case ({@link Words#lower}). */
    static List<PeriodCue> findAllInLower(String written) {
        String lower = monthsInDigits(written); // positions stay those of the text given
        List<PeriodCue> out = new ArrayList<>();
        BitSet taken = new BitSet(lower.length());
        find(
                lower,
                DAY,
                taken,
                out,
                m -> "%s-%02d-%02d".formatted(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        find(lower, DATE, taken, out, m -> "");
        find(lower, DAY_OF_THIS_YEAR, taken, out, m -> {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? "-%02d-%02d".formatted(month, day) : null;
        });
        find(lower, UP_TO_MONTH, taken, out, m -> {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month < 12 ? month + "T/" + m.group(2) : month == 12 ? m.group(2) : null;
        });
        find(
                lower,
                SPAN,
                taken,
                out,
                m -> Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2))
                        ? m.group(1) + "-" + m.group(2)
                        : null);
        find(lower, MONTHS, taken, out, m -> {
            int months = Integer.parseInt(m.group(1));
            if (" cuối".equals(m.group(2))) {
                return m.group(3);
            }
            return months >= 1 && months < 12 ? months + "T/" + m.group(3) : null;
        });
        find(lower, QUARTER, taken, out, m -> "Q" + quarter(m.group(1)) + "/" + m.group(2));
        find(lower, MONTH, taken, out, m -> {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? "T" + month + "/" + m.group(2) : null;
        });
        find(lower, YEAR_TO_DATE, taken, out, m -> SO_FAR + m.group(1));
        find(lower, NAMED_YEAR, taken, out, m -> m.group(1));
        find(lower, MONTHS_OF_THIS_YEAR, taken, out, m -> {
            int months = Integer.parseInt(m.group(1));
            return months >= 1 && months < 12 ? months + "T/" : null;
        });
        find(lower, PART_OF_MONTH, taken, out, m -> {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? "T" + month + "/" : null;
        });
        find(lower, UP_TO_MONTH_OF_THIS_YEAR, taken, out, m -> {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month < 12 ? month + "T/" : month == 12 ? THIS_YEAR : null;
        });
        find(lower, MONTH_OF_THIS_YEAR, taken, out, m -> {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? "T" + month + "/" : null;
        });
        find(lower, QUARTER_OF_THIS_YEAR, taken, out, m -> "Q" + quarter(m.group(1)) + "/");
        find(lower, MONTHS_OPENING, taken, out, m -> {
            int months = Integer.parseInt(m.group(1));
            return months >= 2 && months < 12 ? months + "T/" : null;
        });
        find(lower, MONTHS_NAMED_ALONE, taken, out, m -> {
            int months = Integer.parseInt(m.group(1));
            return months >= 2 && months < 12 ? months + "T/" : null;
        });
        find(lower, WHOLE_YEAR, taken, out, m -> THIS_YEAR);
        out.removeIf(c -> c.period().isEmpty());
        out.sort(Comparator.comparingInt(PeriodCue::start));
        return out;
    }

    /** The first period a heading or title names that is not a comparison base nor a price base, or null. */
    static String firstIn(String text) {
        return findAll(text).stream()
                .filter(c -> !c.reference())
                .map(PeriodCue::period)
                .findFirst()
                .orElse(null);
    }

    /** Whether the period is a part of a year: "6T/2025", "Q3/2025", "T10/2025", or one of these awaiting its year. */
    static boolean partOfYear(String period) {
        return period != null && PART_OF_YEAR.matcher(period).lookingAt();
    }

    private static final Pattern PART_OF_YEAR = Pattern.compile("(?:\\d{1,2}T|Q[1-4]|T\\d{1,2})/");

    /** A period written without its year ("6T/", "-10-31") takes the year of {@code around} ("2025", "9T/2025"). */
    static String withYear(String period, String around) {
        if (period != null && period.startsWith(SO_FAR)) {
            return yearSoFar(period.substring(SO_FAR.length()), around);
        }
        if (period != null && period.startsWith("-")) {
            int year = DocumentContext.yearOf(around); // a day awaiting its year: "-10-31"
            return year > 0 ? year + period : around;
        }
        if (period == null || !period.endsWith("/")) {
            return period;
        }
        int year = DocumentContext.yearOf(around);
        if (period.equals(THIS_YEAR)) {
            return year > 0 ? Integer.toString(year) : around;
        }
        return year > 0 ? period + year : around;
    }

    /** Whether the period is a year so far ("lũy kế năm 2024") awaiting the month its report is about. */
    static boolean soFar(String period) {
        return period.startsWith(SO_FAR);
    }

    /**
     * The months of {@code year} up to the month a report is about: "10T/2024" in the report of the ten months or of
     * October 2024; the whole year where the report names no month of it.
     */
    private static String yearSoFar(String year, String around) {
        if (around == null || DocumentContext.yearOf(around) != Integer.parseInt(year)) {
            return year;
        }
        Matcher month = REPORTED_MONTH.matcher(around);
        if (!month.matches()) {
            return year;
        }
        int months = Integer.parseInt(month.group(1) != null ? month.group(1) : month.group(2));
        return months < 12 ? months + "T/" + year : year;
    }

    private static final Pattern REPORTED_MONTH = Pattern.compile("(?:(\\d{1,2})T|T(\\d{1,2}))/\\d{4}");

    private interface Reading {
        String period(Matcher m);
    }

    private static void find(String lower, Pattern pattern, BitSet taken, List<PeriodCue> out, Reading reading) {
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
            String before = ownSegment(lower.substring(Math.max(0, start - 24), start));
            boolean reference = COMPARED.matcher(before).find() // "so với", "so cùng kỳ", "so ước thực hiện năm 2017"
                    || before.contains("cùng kỳ")
                    || before.contains("hơn") && before.contains("so")
                    || before.contains("giá so sánh") && PRICE_BASE_YEARS.contains(period)
                    || before.contains("giá cố định")
                    || ranked(lower, start, before)
                    || nextYearsPlanNamed(lower, start, before, out)
                    || NAMING.matcher(before).find()
                            && !termAsPeriod(lower, start, end)
                            && !STANDARD_REACHED.matcher(before).find();
            out.add(new PeriodCue(start, end, period, reference));
        }
    }

    /**
     * Whether a period names the next year's plan beside the year a report reviews, as a report's title does ("báo cáo
     * tổng kết … năm 2022 và kế hoạch năm 2023"): no figure between them, so the figures after it are the year's.
     */
    private static boolean nextYearsPlanNamed(String lower, int start, String before, List<PeriodCue> earlier) {
        if (!NEXT_PLAN.matcher(before).find()) {
            return false;
        }
        return earlier.stream()
                .anyMatch(cue -> cue.end() <= start
                        && start - cue.end() <= NEXT_PLAN_REACH
                        && lower.substring(cue.end(), start).chars().noneMatch(Character::isDigit));
    }

    private static final Pattern NEXT_PLAN = Pattern.compile(
            "(?<!\\p{L})và (?:kế hoạch|phương hướng|nhiệm vụ)(?: (?:phát triển|kinh tế - xã hội|kt-xh))* $");

    private static final int NEXT_PLAN_REACH = 60;

    /**
     * Whether a period is what a figure is ranked against in its phrase ("… là mức giảm sâu nhất của cùng kỳ các năm
     * trong giai đoạn 2011-2023", "chỉ cao hơn tốc độ tăng 3,21% của quý I/2020"), not the figure's period.
     */
    private static boolean ranked(String lower, int start, String before) {
        if (!RANKED_AGAINST.matcher(before).find()) {
            return false;
        }
        String reach = lower.substring(Math.max(0, start - RANKING_REACH), start);
        Matcher boundary = PHRASE_BOUNDARY.matcher(reach);
        int phrase = 0;
        while (boundary.find()) {
            phrase = boundary.end();
        }
        return RANKING.matcher(reach).region(phrase, reach.length()).find();
    }

    /** What stands right before a period a figure is ranked against: "của quý I/2020", "trong giai đoạn 2011-2023". */
    /** Where a phrase ends: punctuation, but not the comma inside a number ("3,21%"). */
    private static final Pattern PHRASE_BOUNDARY = Pattern.compile("[;:()]|[,.…](?!\\d)");

    private static final Pattern RANKED_AGAINST = Pattern.compile("(?:của|giai đoạn|các năm) $");

    private static final Pattern RANKING = Pattern.compile("(?<!\\p{L})(?:nhất|cao hơn|thấp hơn)(?!\\p{L})");

    /** How far before a period the words ranking a figure against it are looked for. */
    private static final int RANKING_REACH = 120;

    /** "so với", "so cùng kỳ"; not the constant prices of "theo giá so sánh". */
    private static final Pattern COMPARED = Pattern.compile("(?<!\\p{L})(?<!giá )so(?!\\p{L})");

    /**
     * The years the statistics office has based its constant prices on: "theo giá so sánh 2010" names the base,
     * "GRDP theo giá so sánh năm 2026 ước đạt …" the figure's year.
     */
    private static final Set<String> PRICE_BASE_YEARS = Set.of("1989", "1994", "2010", "2020");

    /** "đạt chuẩn nông thôn mới năm 2025": a standard reached in that year, not a standard named by its period. */
    private static final Pattern STANDARD_REACHED = Pattern.compile("đạt chuẩn\\b[^,;.()]{0,20}$");

    /**
     * "Nhiệm kỳ 2020-2025, xã đạt …", "(nhiệm kỳ 2020-2025)": a term that frames what follows it (a comma after it, or
     * brackets round it) is the period of its figures; "HĐND khóa XXI, nhiệm kỳ 2021-2026 đã họp" names a body.
     */
    private static boolean termAsPeriod(String lower, int start, int end) {
        int from = Math.max(0, start - 12);
        int term = lower.lastIndexOf("nhiệm kỳ", start);
        if (term < from) {
            return false;
        }
        boolean bracketed = term > 0 && lower.charAt(term - 1) == '(';
        if (bracketed
                && BODY_BEFORE_BRACKET
                        .matcher(lower.substring(Math.max(0, term - 20), term - 1))
                        .find()) {
            return false; // "HĐND huyện khóa XII (nhiệm kỳ 2021 - 2026)": the term of a body
        }
        if (!bracketed
                && BODY_BEFORE_TERM
                        .matcher(lower.substring(Math.max(0, term - 20), term))
                        .find()) {
            return false; // "UBND tỉnh khóa XV, nhiệm kỳ 2021 – 2026, đánh giá …": the term of a body
        }
        if (lower.startsWith("trong ", Math.max(0, term - 6))) {
            return true; // "các chỉ tiêu trong nhiệm kỳ 2020-2025"
        }
        int after = end;
        while (after < lower.length() && lower.charAt(after) == ' ') {
            after++;
        }
        return after < lower.length() && (lower.charAt(after) == ',' || bracketed && lower.charAt(after) == ')');
    }

    private static final Pattern BODY_BEFORE_BRACKET = Pattern.compile("(?:khóa|khoá) [ivxlc]+ ?$");
    private static final Pattern BODY_BEFORE_TERM = Pattern.compile("(?:khóa|khoá) [ivxlc]+, ?$");

    /** The words before a period up to the punctuation before them: "… so cùng kỳ; ước cả năm" compares nothing. */
    private static String ownSegment(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char ch = before.charAt(i);
            if (ch == ';'
                    || ch == ','
                    || ch == ':'
                    || ch == '('
                    || ch == ')'
                    || (ch == '.' || ch == '…') && i + 1 < before.length() && before.charAt(i + 1) == ' ') {
                return before.substring(i + 1);
            }
        }
        return before;
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

package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell a figure's kind. In a sentence: "ước", "ước đạt", "ước thực hiện" (estimate, up to the end of
 * the sentence or the next ";"); "dự kiến", "dự ước" (estimate for a running period, target for one not begun);
 * "kế hoạch giao", "mục tiêu", "phấn đấu", "dự toán" (a target, for the figure that follows in the same phrase);
 * "hiện có", "đến nay" (the present state). In a heading: "đánh giá", "kết quả" (results), "mục tiêu", "nhiệm vụ"
 * (targets).
 */
final class KindCues {

    /** How far a cue reaches: its clause (to ";" or the sentence end), or only its own phrase (to the next ","). */
    enum Reach {
        CLAUSE,
        PHRASE,
        /** A label that opens a list in its sentence ("… với 12 chỉ tiêu chủ yếu là: A; B; C"): to the sentence end. */
        LIST
    }

    /** A cue at [start, end); {@code kind} null for "dự kiến", whose kind depends on the period. */
    record Cue(int start, int end, Kind kind, Reach reach) {}

    private static final List<String> ESTIMATE = List.of("ước", "uớc"); // "Uớc": a common misspelling, in lower case
    private static final List<String> DEPENDS_ON_PERIOD = List.of("dự kiến", "dự ước", "dự báo");
    private static final List<String> ACTUAL = List.of(
            "hiện có",
            "hiện nay",
            "đến nay",
            "đến thời điểm báo cáo",
            "thực hiện đến",
            "lũy kế",
            "luỹ kế",
            "hiện còn",
            "theo kết quả", // "Theo kết quả tổng điều tra dân số năm 2019, dân số … là 96,2 triệu"
            // what was done by the document's date, also inside a plan: "dự toán 30,2 tỷ đồng, trong đó 6 tháng đầu
            // năm đã thu được 18,7 tỷ đồng"
            "đã thu được",
            "đã đạt được",
            "đã giải ngân",
            "đã thực hiện được",
            // a state as of part of a month: "Đến trung tuần tháng 2, diện tích gieo trồng …"
            "đến thượng tuần",
            "đến trung tuần",
            "đến hạ tuần");
    private static final List<String> TARGET = List.of(
            "kế hoạch giao",
            "kh giao",
            "kế hoạch vốn",
            "kế hoạch tỉnh giao",
            "mục tiêu",
            "chỉ tiêu giao",
            "dự toán",
            "nghị quyết giao",
            "mục tiêu nq",
            "kế hoạch là",
            "kế hoạch năm",
            "chỉ tiêu kế hoạch",
            "được giao",
            "quyết nghị",
            "thông qua các chỉ tiêu",
            // a plan or budget estimate as amended: "tổng thu cân đối ngân sách năm 2025 sau điều chỉnh gần 216 tỷ
            // đồng"
            "sau điều chỉnh",
            "sau khi điều chỉnh");

    /**
     * A label announcing the targets listed after it in the same sentence: "các chỉ tiêu chủ yếu là:", "chỉ tiêu kinh tế
     * - xã hội năm 2026 như sau:" (not a report's "kết quả thực hiện các chỉ tiêu:" nor "chỉ tiêu đạt được như sau:", see
     * {@link #RESULT_BEFORE_LIST}).
     */
    private static final Pattern TARGET_LIST =
            Pattern.compile("chỉ tiêu(?:[^:.;]{0,50}?(?: như sau| như| là| gồm))?\\s*:");

    /**
     * Whether the sentence that names the targets set goes on to say how many were met: "huyện đề ra 22 chỉ tiêu, trong
     * đó thực hiện đạt và vượt 19 chỉ tiêu" reviews a year, it sets nothing.
     */
    private static boolean reviewsThem(String lower, int from) {
        int end = lower.indexOf(". ", from);
        Matcher review = TARGETS_MET.matcher(lower).region(from, end < 0 ? lower.length() : end);
        return review.find();
    }

    private static final Pattern TARGETS_MET =
            Pattern.compile("(?<!\\p{L})(?:đạt và vượt|đạt, vượt|hoàn thành và vượt|đạt được|thực hiện đạt)(?!\\p{L})");

    /** A list of what is required of someone, announced with a colon ("… với yêu cầu: …", "đặt ra yêu cầu: …"). */
    private static final String REQUIRED = "yêu cầu:";

    /**
     * A body setting targets: "Nghị quyết đề ra 25 chỉ tiêu …, trong đó …; …", "đề ra 10 nhóm chỉ tiêu …, cụ thể: …" holds
     * targets to its sentence end.
     */
    private static final Pattern TARGETS_SET = Pattern.compile(
            "(?:đề ra|đặt ra|đặt|giao|xác định|thông qua)\\s+(?:\\d+\\s+)?(?:các |những )?(?:nhóm\\s+)?(?:chỉ tiêu|mục tiêu)"
                    // a council adopting its plan: "thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm
                    // …"
                    + "|thông qua (?:nghị quyết|kế hoạch) (?:về )?(?:kế hoạch |nhiệm vụ )?phát triển");

    /**
     * "theo kế hoạch" followed by the period it plans for ("theo kế hoạch cuối năm 2026 số xã đạt chuẩn là 12 xã"): a
     * target. Alone it is a manner ("thanh tra theo kế hoạch 02 cuộc" were done as planned), no cue.
     */
    private static final Pattern PLANNED_FOR =
            Pattern.compile("theo kế hoạch(?= (?:đến )?(?:cuối |hết )?(?:năm|giai đoạn) )");

    /** Assigned by a named body: "được Thủ tướng Chính phủ giao", "được UBND tỉnh giao" (the body between the words). */
    private static final Pattern ASSIGNED_BY = Pattern.compile("được (?:[\\p{L}.]+ ){1,5}giao(?!\\p{L})");

    /** How many words before a list label "phấn đấu" still governs it. */
    private static final int STRIVING_REACH = 5;

    private static final Pattern RESULT_BEFORE_LIST =
            Pattern.compile("kết quả|thực hiện|đạt|hoàn thành|đánh giá|tình hình");

    /** Words before "ước" that make it a noun of another sense: "quy ước", "hương ước", "công ước", "điều ước". */
    private static final List<String> NOT_ESTIMATE_BEFORE =
            List.of("quy", "hương", "công", "điều", "mơ", "giao", "cầu");

    /** Verbs that may stand between a plan's name and its figure: "KH tăng 8-9%", "kế hoạch là 120". */
    private static final Set<String> PLAN_VERBS =
            Set.of("tăng", "giảm", "đạt", "là", "chiếm", "khoảng", "trên", "dưới", "từ", "đề", "ra", "giao");

    /** Words of the year a plan figure is for: "KH cả năm 8,3%", "kế hoạch năm 2019 tăng 7%". */
    private static final Pattern YEAR_WORDS = Pattern.compile("cả|năm|(?:19|20)\\d\\d");

    /** How many words before a number its plan's name may stand: "(KH cả năm tăng 8,3%)". */
    private static final int PLAN_FIGURE_WORDS = 5;

    private KindCues() {}

    /**
     * Whether the number at {@code start} is a plan figure quoted beside a result: "ước tăng 8,3%/KH tăng 3-4%",
     * "đạt 55,3 triệu đồng/KH 55-56 triệu đồng", "(KH 2.000 tỷ đồng)", "kế hoạch 120 người".
     */
    static boolean isPlanFigure(String text, int start) {
        String[] words = Words.before(text, start, PLAN_FIGURE_WORDS).split(" ");
        int last = words.length - 1;
        while (last >= 0
                && (PLAN_VERBS.contains(words[last])
                        || YEAR_WORDS.matcher(words[last]).matches())) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        if (words[last].equals("kh")) {
            return true;
        }
        if (last >= 1 && words[last - 1].equals("kế") && words[last].equals("hoạch")) {
            int at = Words.startOfWordsBefore(text, start, words.length - last + 1) - 1;
            return at >= 0 && (text.charAt(at) == '/' || text.charAt(at) == '(');
        }
        return false;
    }

    static List<Cue> findAll(String text) {
        return findAllInLower(Words.lower(text));
    }

    /** {@link #findAll} of a text already in lower case ({@link Words#lower}). */
    static List<Cue> findAllInLower(String lower) {
        List<Cue> cues = new ArrayList<>();
        for (String word : ESTIMATE) {
            for (int at : occurrences(lower, word)) {
                if (!NOT_ESTIMATE_BEFORE.contains(Words.previous(lower, at))
                        && !Words.previous(lower, at).equals("dự")
                        && !namesTheBase(lower, at)) {
                    cues.add(new Cue(at, at + word.length(), Kind.ESTIMATE, Reach.CLAUSE));
                }
            }
        }
        for (String word : DEPENDS_ON_PERIOD) {
            for (int at : occurrences(lower, word)) {
                if (!namesTheBase(lower, at)) {
                    cues.add(new Cue(at, at + word.length(), null, Reach.CLAUSE));
                }
            }
        }
        for (String word : ACTUAL) {
            for (int at : occurrences(lower, word)) {
                // "thực hiện có hiệu quả": "hiện" ends a verb there, it is no "hiện có"
                if (!Words.before(lower, at, 1).equals("ước")
                        && !Words.before(lower, at, 1).equals("thực")
                        && !((word.startsWith("hiện") || word.startsWith("l")) && estimatedBefore(lower, at))) {
                    cues.add(new Cue(at, at + word.length(), Kind.ACTUAL, Reach.CLAUSE));
                }
            }
        }
        for (String plan : List.of("kh", "kế hoạch")) {
            for (int at : occurrences(lower, plan)) {
                int end = at + plan.length();
                int next = Words.endOfWordsAfter(lower, end, PLAN_FIGURE_WORDS - 1);
                for (int i = end; i < Math.min(lower.length(), next + 2); i++) {
                    if (NumberReader.isDigit(lower.charAt(i))) {
                        if (isPlanFigure(lower, i)) {
                            cues.add(new Cue(at, end, Kind.TARGET, Reach.PHRASE));
                        }
                        break;
                    }
                }
            }
        }
        for (String word : TARGET) {
            for (int at : occurrences(lower, word)) {
                if (!namesThePlanOfAShare(lower, at)) {
                    // "… với mục tiêu tăng trưởng 8 - 9%, GRDP bình quân đầu người đạt 79 triệu đồng và …": the
                    // targets it is done for, listed to the sentence end
                    boolean purpose =
                            word.equals("mục tiêu") && Words.previous(lower, at).equals("với");
                    cues.add(new Cue(at, at + word.length(), Kind.TARGET, purpose ? Reach.LIST : Reach.PHRASE));
                }
            }
        }
        for (int at : occurrences(lower, "phấn đấu")) {
            // "Năm 2028, xã X phấn đấu A; B; C": the verb of its sentence holds to the sentence end, elsewhere its
            // phrase
            cues.add(new Cue(
                    at, at + "phấn đấu".length(), Kind.TARGET, opensSentence(lower, at) ? Reach.LIST : Reach.PHRASE));
        }
        for (int at : occurrences(lower, "chỉ tiêu")) {
            // "so với chỉ tiêu 1,8 tỷ USD", "vượt chỉ tiêu 500 căn": the plan's figure quoted beside a result
            int next = Words.skipSpaces(lower, at + "chỉ tiêu".length());
            if (next < lower.length() && NumberReader.isDigit(lower.charAt(next))) {
                cues.add(new Cue(at, at + "chỉ tiêu".length(), Kind.TARGET, Reach.PHRASE));
            }
        }
        Matcher assigned = ASSIGNED_BY.matcher(lower);
        while (assigned.find()) {
            cues.add(new Cue(assigned.start(), assigned.end(), Kind.TARGET, Reach.PHRASE));
        }
        Matcher planned = PLANNED_FOR.matcher(lower);
        while (planned.find()) {
            cues.add(new Cue(planned.start(), planned.end(), Kind.TARGET, Reach.PHRASE));
        }
        Matcher set = TARGETS_SET.matcher(lower);
        while (set.find()) {
            if (!reviewsThem(lower, set.end())) {
                cues.add(new Cue(set.start(), set.end(), Kind.TARGET, Reach.LIST));
            }
        }
        Matcher list = TARGET_LIST.matcher(lower);
        while (list.find()) {
            String words = Words.before(lower, list.start(), 3) + " " + list.group();
            // "phấn đấu thực hiện các chỉ tiêu:" strives for what it lists, though "thực hiện" stands between
            if (!RESULT_BEFORE_LIST.matcher(words).find()
                    || Words.containsWords(Words.before(lower, list.start(), STRIVING_REACH), "phấn đấu")) {
                cues.add(new Cue(list.start(), list.end(), Kind.TARGET, Reach.LIST));
            }
        }
        for (int at : occurrences(lower, REQUIRED)) {
            // "được giao xây dựng 900 căn với yêu cầu: năm 2027 hoàn thành 300 căn, …": what is required to its end
            cues.add(new Cue(at, at + REQUIRED.length(), Kind.TARGET, Reach.LIST));
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    /**
     * "Ước tính số lượng đàn vật nuôi hiện có như sau: …", "Ước tổng thu … tháng 11 được 525.969 triệu đồng, lũy kế được
     * …": the present state or the year so far, estimated in the same sentence.
     */
    private static boolean estimatedBefore(String lower, int at) {
        int from = Math.max(0, at - ESTIMATE_REACH);
        for (String end : List.of(". ", "\n", ";", ":")) {
            from = Math.max(from, lower.lastIndexOf(end, at) + 1);
        }
        return Words.containsWords(lower.substring(Math.min(from, at), at), "ước");
    }

    private static final int ESTIMATE_REACH = 120;

    private static final Pattern BASE = Pattern.compile("(?<!\\p{L})so(?: với)? (?:dự )?ước(?!\\p{L})");

    /**
     * Whether an estimate's word names the base a figure is compared with, "tăng 1,19% so ước thực hiện năm 2017", "so
     * với dự ước năm trước": it says nothing of the figure's own kind.
     */
    private static boolean namesTheBase(String lower, int at) {
        return Words.previous(lower, at).equals("so")
                || Words.before(lower, at, 2).equals("so với");
    }

    /**
     * Whether a plan's word names the plan a share is of, "đạt 55,5 % kế hoạch năm", "bằng 105% dự toán", "so với kế
     * hoạch năm": it says nothing of the kind of the figures near it.
     */
    private static boolean namesThePlanOfAShare(String lower, int at) {
        int before = Words.skipSpacesBack(lower, at - 1);
        return before >= 0 && lower.charAt(before) == '%'
                || Words.before(lower, at, 2).equals("so với");
    }

    /** How many words may stand before a verb in its sentence for it to be the sentence's own: a time and a subject. */
    private static final int SENTENCE_OPENING_WORDS = 8;

    /** Whether at most a few words stand between the sentence start (or a line's) and {@code at}. */
    private static boolean opensSentence(String lower, int at) {
        int words = 0;
        boolean inWord = false;
        for (int i = at - 1; i >= 0; i--) {
            char ch = lower.charAt(i);
            if ((ch == '.' || ch == '…' || ch == '!' || ch == '?')
                            && i + 1 < lower.length()
                            && lower.charAt(i + 1) == ' '
                    || ch == '\n'
                    || ch == ':'
                    || ch == ';') {
                break;
            }
            boolean letter = Character.isLetterOrDigit(ch);
            if (letter && !inWord && ++words > SENTENCE_OPENING_WORDS) {
                return false;
            }
            inWord = letter;
        }
        return true;
    }

    /** The kind a lead-in's words state ("Ước thực hiện …:", "… phấn đấu:"), or what it says as a heading; null for none. */
    static Kind ofLeadIn(String leadIn, String period, int writtenYear) {
        // "… được 971 hộ (đạt 52,4% chỉ tiêu tỉnh giao 240ha), cụ thể:", "…, đạt 52,4% kế hoạch, cụ thể:": an aside in
        // brackets or the plan a result is a share of is not what the list is
        String text =
                SHARE_OF_PLAN.matcher(ASIDE.matcher(leadIn).replaceAll("")).replaceAll("");
        for (Cue cue : findAll(text)) {
            if (cue.kind() != null) {
                return cue.kind();
            }
            int year = DocumentContext.yearOf(period);
            return year > writtenYear && writtenYear > 0 ? Kind.TARGET : Kind.ESTIMATE;
        }
        return ofHeading(text, 1, true);
    }

    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");

    /** The plan a result is a share of, "đạt 52,4% kế hoạch": it names no kind of what the lead-in lists. */
    private static final Pattern SHARE_OF_PLAN =
            Pattern.compile("%\\s*(?:so với\\s*)?(?:kế hoạch|kh|chỉ tiêu|dự toán|nghị quyết)(?!\\p{L})");

    /**
     * The kind a heading gives what stands under it, or null when it says none ("1.4. Thu, chi ngân sách"); outside a
     * plan, "Chỉ tiêu về chăm sóc sức khỏe" names a group of indicators, not targets.
     */
    static Kind ofHeading(String heading, int level, boolean plan) {
        // a programme's name and a comparison's base ("tăng 1,19% so ước thực hiện năm 2017") tell no kind
        String h = BASE.matcher(heading.toLowerCase(Locale.ROOT).replace("mục tiêu quốc gia", ""))
                .replaceAll("");
        if (Words.containsWords(h, "ước thực hiện") || Words.containsWords(h, "ước tính")) {
            return Kind.ESTIMATE;
        }
        Matcher met = TARGETS_BY_RESULT.matcher(h);
        if (met.find()) {
            return met.group(1) != null ? Kind.ESTIMATE : Kind.ACTUAL;
        }
        // "đánh giá" is a review where it opens the heading or names what it reviews, not in "tiêu chí đánh giá, xếp
        // loại"
        String bare = HeadingMarker.withoutMarker(h).strip();
        if (bare.startsWith("đánh giá")
                || Pattern.compile("đánh giá (?:kết quả|tình hình|thực hiện|chung|việc)")
                        .matcher(h)
                        .find()) {
            return Kind.ACTUAL;
        }
        for (String word : List.of(
                "kết quả", "tình hình thực hiện", "hiện trạng", "thực trạng", "thành tựu", "đã đạt được", "tổng kết")) {
            if (Words.containsWords(h, word)) {
                return Kind.ACTUAL;
            }
        }
        // a sub-heading names its topic ("9. Triển khai thực hiện các chương trình …"); only its first words set the
        // kind
        String words = level <= 1 ? h : Words.after(HeadingMarker.withoutMarker(h), 0, 3);
        for (String word :
                List.of("mục tiêu", "chỉ tiêu", "nhiệm vụ", "giải pháp", "phương hướng", "định hướng", "kế hoạch")) {
            if (Words.containsWords(words, word)
                    && (plan || !INDICATORS_ABOUT.matcher(words).find())) {
                return Kind.TARGET;
            }
        }
        return null;
    }

    /**
     * A heading sorting the targets by whether they were met ("1. Những chỉ tiêu dự kiến đạt và vượt kế hoạch", "Các chỉ
     * tiêu không đạt"): the results under it, estimated where it says "dự kiến" or "ước" (group 1).
     */
    private static final Pattern TARGETS_BY_RESULT = Pattern.compile(
            "chỉ tiêu (dự kiến |ước )?(?:đạt|không đạt|chưa đạt|vượt|hoàn thành|không hoàn thành)(?!\\p{L})");

    private static final Pattern INDICATORS_ABOUT = Pattern.compile("(?<!\\p{L})chỉ tiêu về(?!\\p{L})");

    static List<Integer> occurrences(String lower, String word) {
        List<Integer> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = lower.indexOf(word, from);
            if (at < 0) {
                return out;
            }
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            boolean right = end >= lower.length() || !Character.isLetter(lower.charAt(end));
            if (left && right) {
                out.add(at);
            }
            from = at + 1;
        }
    }
}

package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Reads the numbers of one block: drops those that are not quantities, finds each one's unit (or the unit of the
 * list it stands in: "cấp mới 08, cấp đổi 03, thu hồi 04 giấy chứng nhận"), tells a % of plan ("đạt 102% kế
 * hoạch") and a change ("tăng 8% so với cùng kỳ") from a level, and gives them to the level of their clause.
 */
final class BlockReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How many numbers away a level may stand from the % or change it takes (keeps long runs of numbers linear). */
    private static final int NEAREST = 12;

    /** How much text after a change is searched for a comparison before the level it would take (keeps it linear). */
    private static final int BETWEEN_REACH = 300;

    /** Words that name the plan a percentage is measured against, right after "%". */
    private static final List<String> PLAN_WORDS = List.of(
            "kế hoạch",
            "kh",
            "dự toán",
            "chỉ tiêu",
            "nghị quyết",
            "nq",
            "mục tiêu",
            "so với kế hoạch",
            "so với kh",
            "so kh",
            "so với dự toán",
            "so với chỉ tiêu",
            "so với nghị quyết",
            "so với mục tiêu",
            "so với nq",
            "so kế hoạch",
            "so dự toán",
            "so chỉ tiêu",
            "so nghị quyết",
            "so nq",
            // the level that set the plan: "đạt 120% xã giao", "bằng 95% huyện giao"
            "xã giao",
            "phường giao",
            "thị trấn giao",
            "huyện giao",
            "quận giao",
            "tỉnh giao",
            "thành phố giao");

    private BlockReader() {}

    static List<Candidate> read(String text, SentenceSplitter sentences, IntPredicate opensLine) {
        List<NumberReader.NumberToken> tokens = commaGroupsAmongDottedSiblings(text, NumberReader.findAll(text));
        int[] quoted = quoteDepth(text);
        List<Candidate> found = new ArrayList<>();
        int skipUntil = -1;
        for (int k = 0; k < tokens.size(); k++) {
            NumberReader.NumberToken t = tokens.get(k);
            if (t.start() < skipUntil || !t.quantity()) {
                continue;
            }
            int code = NotRecords.codeEnd(text, t.start(), t.end());
            if (code >= 0) {
                skipUntil = code;
                continue;
            }
            NumberReader.NumberToken next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            Candidate c = new Candidate(t.start(), t.end(), t.value());
            int numberEnd = t.end();
            boolean ratio = false;
            UnitLexicon.Unit rate = rateAfter(text, t, next);
            if (rate != null) {
                c.unit = rate.name();
                c.unitEnd = rate.end();
                c.measure = true;
                skipUntil = rate.end();
                found.add(c); // "dưới 4/100.000 trẻ sinh ra còn sống": a rate per a round number, one unit and no "of"
                continue;
            }
            if (next != null && next.start() == t.end() + 1 && text.charAt(t.end()) == '/' && next.quantity()) {
                c.of = next.value();
                numberEnd = next.end();
                skipUntil = next.end();
                ratio = true;
            } else if (next != null
                    && (isRangeDash(text, t.end(), next.start()) || isRangeFromTo(text, t.start(), t.end(), next))
                    && next.quantity()
                    && next.value().compareTo(t.value()) > 0
                    && UnitLexicon.parse(text, next.end()) != null
                    && !NotRecords.isYear(text, next.start(), next.end(), null)) {
                c.valueMax = next.value();
                numberEnd = next.end();
                skipUntil = next.end();
            }
            UnitLexicon.Unit unit = UnitLexicon.parse(text, numberEnd);
            UnitLexicon.Unit rest =
                    unit != null && c.of == null && c.valueMax == null ? restOfAmount(text, unit, next) : null;
            if (rest != null) {
                // "8 tỷ 500 triệu đồng": one amount, read by its leading number; the millions are no figure of their
                // own
                unit = new UnitLexicon.Unit(unit.name(), rest.end(), unit.measure());
            }
            if (unit != null) {
                skipUntil = Math.max(skipUntil, unit.end()); // a number inside a rate's unit: "ca/100.000 dân"
                NumberReader.NumberToken whole = c.of == null ? wholeAfterUnit(text, unit, next) : null;
                if (whole != null) {
                    c.of = whole.value(); // "20 chỉ tiêu/21 chỉ tiêu": the unit written on both sides of the "/"
                    skipUntil = whole.end();
                    ratio = true;
                }
            }
            if (quoted[t.start()] > 0
                    || NotRecords.excluded(text, t.start(), t.end(), unit, ratio, opensLine.test(t.start()))) {
                continue; // a number inside “…” belongs to a title: Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ”
            }
            Candidate withRole = planFigure(text, withRole(text, c, numberEnd, unit));
            withRole.baseline = isBaseline(text, withRole);
            if (withRole.unit == null) {
                UnitLexicon.Unit shared = sharedUnit(text, tokens, k, sentences);
                String labelled = shared == null ? LabelledValue.unitOf(text, t.start(), numberEnd) : null;
                withRole.indexValue =
                        shared == null && (valueOfAnIndex(text, t.start(), sentences) || "".equals(labelled));
                if (labelled != null && !labelled.isEmpty()) {
                    shared = new UnitLexicon.Unit(labelled, numberEnd, false);
                }
                if (shared == null && withRole.role != Candidate.Role.CHANGE && !withRole.indexValue) {
                    continue;
                }
                if (shared != null) {
                    withRole.unit = shared.name();
                    withRole.measure = shared.measure();
                    withRole.unitEnd = numberEnd;
                }
            }
            found.add(withRole);
        }
        return attach(found, text, sentences);
    }

    /** The millions written after an amount in "tỷ" ("8 tỷ 500 triệu đồng"): the unit that ends the amount, or null. */
    private static UnitLexicon.Unit restOfAmount(String text, UnitLexicon.Unit unit, NumberReader.NumberToken next) {
        if (next == null || !unit.name().startsWith("tỷ") || next.start() != Words.skipSpaces(text, unit.end())) {
            return null;
        }
        UnitLexicon.Unit millions = UnitLexicon.parse(text, next.end());
        return millions != null && millions.name().startsWith("triệu") ? millions : null;
    }

    /** How far apart two figures of one paragraph may stand for one to tell how the other is written. */
    private static final int SIBLING_REACH = 400;

    private static final Pattern COMMA_GROUP = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    /**
     * A comma before exactly three digits that a hurried text used for thousands: read so where a figure of the same unit
     * near it in the paragraph, written with dots, is a thousand times larger or more ("tổng giá trị đạt 114.300 triệu
     * đồng … công nghiệp 14,560 triệu đồng" → 14560). Elsewhere "122,195 tỷ đồng" keeps its Vietnamese reading.
     */
    private static List<NumberReader.NumberToken> commaGroupsAmongDottedSiblings(
            String text, List<NumberReader.NumberToken> tokens) {
        List<NumberReader.NumberToken> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            NumberReader.NumberToken t = tokens.get(k);
            if (t.quantity()
                    && COMMA_GROUP.matcher(text.substring(t.start(), t.end())).matches()
                    && dottedSiblingAThousandTimes(text, tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(
                        k,
                        new NumberReader.NumberToken(
                                t.start(), t.end(), t.value().movePointRight(3), true));
            }
        }
        return out == null ? tokens : out;
    }

    /** Whether one of the nearest figures around token k, of the same unit and written with dots, is 1000 times larger. */
    private static boolean dottedSiblingAThousandTimes(String text, List<NumberReader.NumberToken> tokens, int k) {
        NumberReader.NumberToken t = tokens.get(k);
        BigDecimal thousandTimes = t.value().movePointRight(3);
        UnitLexicon.Unit unit = null;
        for (int j = Math.max(0, k - NEAREST); j < tokens.size() && j <= k + NEAREST; j++) {
            NumberReader.NumberToken o = tokens.get(j);
            if (j == k
                    || Math.abs(o.start() - t.start()) >= SIBLING_REACH
                    || o.value().compareTo(thousandTimes) < 0
                    || !DOTTED.matcher(text.substring(o.start(), o.end())).matches()) {
                continue;
            }
            unit = unit == null ? UnitLexicon.parse(text, t.end()) : unit;
            if (unit != null && sameUnit(unit, UnitLexicon.parse(text, o.end()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameUnit(UnitLexicon.Unit a, UnitLexicon.Unit b) {
        return b != null && a.name().equals(b.name());
    }

    /** Words that name an index or a coefficient, whose value has no unit ("chỉ số phát triển con người là 0,8"). */
    private static final List<String> INDEX_WORDS = List.of("chỉ số", "hệ số");

    /** How many words before its value an index's name may stand ("hệ số bất bình đẳng trong phân phối thu nhập là"). */
    private static final int INDEX_REACH = 12;

    /** Whether the bare number at {@code start} is the value an index or a coefficient named in its clause "is". */
    private static boolean valueOfAnIndex(String text, int start, SentenceSplitter sentences) {
        String previous = Words.previous(text, start);
        if (!previous.equals("là") && !previous.equals("đạt") && !previous.equals("bằng")) {
            return false;
        }
        int from = Words.startOfWordsBefore(text, start, INDEX_REACH);
        String before = Words.lower(text.substring(from, start));
        for (String index : INDEX_WORDS) {
            int at = before.lastIndexOf(index);
            if (at >= 0 && sentences.sameClause(from + at, start)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of words may name what a part counts between its unit and the "/" of its whole. */
    private static final int NAMED_BEFORE_WHOLE = 24;

    /** The y of "x noun/y noun" (the same counted noun on both sides), or null. */
    private static NumberReader.NumberToken wholeAfterUnit(
            String text, UnitLexicon.Unit unit, NumberReader.NumberToken next) {
        int slash = unit.end(); // "2.036 hộ cận nghèo/53.904 hộ": the words naming what is counted may stand before it
        while (slash < text.length()
                && slash - unit.end() < NAMED_BEFORE_WHOLE
                && (Character.isLetter(text.charAt(slash)) || text.charAt(slash) == ' ')) {
            slash++;
        }
        if (unit.measure() || next == null || next.start() != slash + 1 || text.charAt(slash) != '/') {
            return null;
        }
        UnitLexicon.Unit other = UnitLexicon.parse(text, next.end());
        // "8.112 hộ nghèo/506.184 hộ": the whole may name only the head of what the part counts
        boolean same = other != null
                && (other.name().equals(unit.name()) || unit.name().startsWith(other.name() + " "));
        return same && next.quantity() ? next : null;
    }

    private static UnitLexicon.Unit rateAfter(String text, NumberReader.NumberToken t, NumberReader.NumberToken next) {
        if (next == null
                || next.start() != t.end() + 1
                || text.charAt(t.end()) != '/'
                || !text.substring(next.start(), next.end()).matches("10*(?:\\.000)*")
                || next.value().intValue() < 100) {
            return null;
        }
        int end = UnitLexicon.perUnitPhraseEnd(text, t.end() + 1);
        return end < 0
                ? null
                : new UnitLexicon.Unit(text.substring(t.end(), end).toLowerCase(Locale.ROOT), end, true);
    }

    /**
     * How many “ are open at each position (a straight quote opens nothing: it does not tell opening from closing). A
     * title in quotes is short: “ is closed by ” or by a straight " typed instead (“Dân chủ - Phát triển"), and one left
     * open hides no more than {@link #LONGEST_TITLE} characters.
     */
    private static int[] quoteDepth(String text) {
        int[] depth = new int[text.length() + 1];
        int open = 0;
        int opened = -1;
        for (int i = 0; i < text.length(); i++) {
            if (open > 0 && i - opened > LONGEST_TITLE) {
                open = 0;
            }
            depth[i] = open;
            char c = text.charAt(i);
            if (c == '“') {
                open = 1;
                opened = i;
            } else if (c == '”' || c == '"' && open > 0) {
                open = 0;
            }
        }
        depth[text.length()] = open;
        return depth;
    }

    private static final int LONGEST_TITLE = 200;

    /**
     * "tăng từ 12,4% đến 13,2%", "từ 5 đến 7 tỷ đồng", "từ 80,4 triệu đồng đến 80,8 triệu đồng", "chiếm 32,77% đến
     * 32,79%": a range written with words, the unit after both ends (then "từ" may be left out) or after the last (a
     * spread over time, "dao động từ …", is no record at all, see {@link NotRecords}).
     */
    private static boolean isRangeFromTo(String text, int start, int end, NumberReader.NumberToken next) {
        UnitLexicon.Unit first = UnitLexicon.parse(text, end);
        int gap = first != null ? first.end() : end;
        if (gap > next.start() || next.start() - gap > RANGE_WORD_GAP) {
            return false;
        }
        UnitLexicon.Unit last = UnitLexicon.parse(text, next.end());
        if (last == null || !FROM_TO.matcher(text.substring(gap, next.start())).matches()) {
            return false;
        }
        return first != null
                ? first.name().equals(last.name())
                : Words.previous(text, start).equals("từ");
    }

    /** How many characters may stand between a range's first end (with its unit) and its last: " đến ". */
    private static final int RANGE_WORD_GAP = 8;

    private static final Pattern FROM_TO = Pattern.compile("\\s*(?:đến|tới)\\s*");

    private static boolean isRangeDash(String text, int from, int to) {
        if (to - from > 3 || to <= from) {
            return false;
        }
        String between = text.substring(from, to).strip();
        return between.equals("-") || between.equals("–");
    }

    /** "cấp mới 08, cấp đổi 03, thu hồi 04 giấy chứng nhận": a number with no unit takes the unit of the list's last item. */
    private static UnitLexicon.Unit sharedUnit(
            String text, List<NumberReader.NumberToken> tokens, int k, SentenceSplitter sentences) {
        NumberReader.NumberToken t = tokens.get(k);
        int after = Words.skipSpaces(text, t.end());
        boolean listed = after < text.length() && text.charAt(after) == ','
                || Words.startsWith(text, after, "và")
                || Words.startsWith(text, after, "hoặc");
        if (!listed || NotRecords.charBefore(text, t.start()) == '(') {
            return null;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
            NumberReader.NumberToken u = tokens.get(j);
            if (!sentences.sameClause(t.start(), u.start()) || u.start() - t.end() > 40) {
                return null;
            }
            UnitLexicon.Unit unit = UnitLexicon.parse(text, u.end());
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    private static Candidate withRole(String text, Candidate c, int numberEnd, UnitLexicon.Unit unit) {
        if (unit != null) {
            c.unit = unit.name();
            c.unitEnd = unit.end();
            c.measure = unit.measure();
        } else {
            c.unitEnd = numberEnd;
        }
        String before = Words.before(text, c.start, 6);
        String previous = Words.previous(text, c.start);
        String after = Words.after(text, c.unitEnd, 6);
        String nextWord = Words.after(text, numberEnd, 1);
        if (unit == null && nextWord.equals("lần") && (before.contains("gấp") || before.contains("tăng"))) {
            c.unit = "lần";
            c.unitEnd = Words.endOfWordsAfter(text, numberEnd, 1);
            c.measure = true;
            if (!before.contains("gần gấp")) {
                c.role = Candidate.Role.CHANGE;
                c.signedChange = c.value.subtract(BigDecimal.ONE).multiply(HUNDRED);
                c.changeIsPercent = true;
            }
            return c;
        }
        if ("%".equals(c.unit)
                && previous.equals("bằng")
                && (after.startsWith("cùng kỳ") || EARLIER_PERIOD.matcher(after).lookingAt())) {
            c.role = Candidate.Role.CHANGE;
            c.signedChange = c.value.subtract(HUNDRED);
            c.changeIsPercent = true;
            c.changeRef = reference(text, c.unitEnd);
            return c;
        }
        if ("%".equals(c.unit)) {
            String named = after.replaceFirst("^so (?:với )?", ""); // "đạt 192,5% so với tỉnh giao"
            for (String plan : PLAN_WORDS) {
                if (named.startsWith(plan)
                        && (named.length() == plan.length() || !Character.isLetter(named.charAt(plan.length())))) {
                    c.role = Candidate.Role.PERCENT_OF_PLAN;
                    c.pctOfPlan = previous.equals("vượt") ? c.value.add(HUNDRED) : c.value;
                    c.planRef = planReference(text, c.unitEnd);
                    return c;
                }
            }
        }
        int changeWord = "%".equals(c.unit) ? signInBrackets(text, c.start) : 0;
        changeWord = changeWord != 0 ? changeWord : changeWordBefore(before);
        if (changeWord == 0
                && previous.equals("vượt")
                && EARLIER_PERIOD.matcher(after).lookingAt()) {
            changeWord = 1; // "vượt 31,6% so với cùng kỳ": it grew by that much, no plan is named
        }
        if (changeWord != 0) {
            c.role = Candidate.Role.CHANGE;
            c.signedChange = changeWord < 0 ? c.value.negate() : c.value;
            c.changeIsPercent = "%".equals(c.unit);
            c.comparedWithSomething = after.contains("so với") || after.startsWith("so ") || after.contains("cùng kỳ");
            c.changeRef = reference(text, c.unitEnd);
            if (c.changeRef == null) {
                c.changeRef = referenceBefore(text, c.start);
                c.comparedWithSomething |= c.changeRef != null;
            }
            if (Words.containsWords(before, "bình quân")
                    || before.contains("hằng năm")
                    || before.contains("hàng năm")
                    || before.contains("mỗi năm")) {
                c.growthForm = GrowthForm.ANNUAL_AVG;
            } else if (c.changeRef != null && !c.changeRef.contains("cùng kỳ")) {
                c.growthForm = GrowthForm.VS_BASE;
            }
        }
        return c;
    }

    /** "… lên", also after the year the starting level is of: "từ mức 51 triệu đồng năm 2023 lên 56 triệu đồng". */
    private static final Pattern RAISED_TO = Pattern.compile("\\s*(?:năm (?:19|20)\\d\\d\\s*)?lên(?!\\p{L})");

    private static final Pattern BASELINE_BEFORE = Pattern.compile(
            "(?:cùng kỳ(?: của)?(?: năm trước|(?: năm)? (?:19|20)\\d\\d)?|năm trước|kỳ trước)\\s*(?::|là|đạt)?\\s*$");

    /**
     * The value of an earlier period given as a reference: "(cùng kỳ: 55 triệu đồng)", "năm trước là 120 hộ", "cùng kỳ
     * 2019 là 3,1%", the X of
     * "từ X lên Y" and of "từ mức X năm 2023 lên Y".
     */
    private static boolean isBaseline(String text, Candidate c) {
        if ((Words.previous(text, c.start).equals("từ")
                        || Words.lower(Words.before(text, c.start, 2)).equals("từ mức"))
                && RAISED_TO
                        .matcher(Words.lower(text.substring(Math.max(c.unitEnd, c.numberEnd))))
                        .lookingAt()) {
            c.role = Candidate.Role.LEVEL; // "tăng từ 40% lên 42%": the 40% is where the change started, not its size
            return true;
        }
        String before = Words.lower(text.substring(Math.max(0, c.start - 24), c.start));
        if (before.contains("mức tăng")) {
            int from = Math.max(c.unitEnd, c.numberEnd);
            String after = Words.lower(text.substring(from, Math.min(text.length(), from + 24)));
            if (RATE_OF_ANOTHER_TIME.matcher(after).lookingAt()) {
                c.role = Candidate.Role.LEVEL; // the rate itself, though "tăng" stands before it
                return true; // "cao hơn mức tăng 5,1% cùng kỳ", "gần bằng mức tăng 6,8% của quý 4/2026"
            }
        }
        return c.isLevel() && BASELINE_BEFORE.matcher(before).find();
    }

    /** The earlier time a rate compared with is of, right after it: "… cùng kỳ", "… của quý 4/2026". */
    static final Pattern RATE_OF_ANOTHER_TIME =
            Pattern.compile("\\s*(?:của )?(?:cùng kỳ(?!\\p{L})|(?:quý|quí|năm|tháng) [\\divx]+)");

    /** A plan figure quoted beside a result ("ước tăng 8,3%/KH tăng 3-4%") is a record of its own, also as a change. */
    private static Candidate planFigure(String text, Candidate c) {
        c.planFigure = KindCues.isPlanFigure(text, c.start);
        if (c.role == Candidate.Role.CHANGE && c.planFigure) {
            c.role = Candidate.Role.LEVEL;
            if (c.changeIsPercent) {
                c.changePct = c.signedChange;
            } else {
                c.changeAbs = c.signedChange;
            }
        }
        return c;
    }

    /** "bằng 97% so với năm 2022", "bằng 105% so cùng kỳ": a level against an earlier period, a change. */
    private static final Pattern EARLIER_PERIOD =
            Pattern.compile("so (?:với )?(?:cùng kỳ|năm (?:trước|(?:19|20)\\d\\d)|tháng trước|quý trước|kỳ trước)");

    /** +1 for "(+3,6%)", -1 for "(-9,28%)": a change written with its sign in brackets; else 0. */
    private static int signInBrackets(String text, int start) {
        if (start < 2 || text.charAt(start - 2) != '(') {
            return 0;
        }
        char sign = text.charAt(start - 1);
        return sign == '+' ? 1 : sign == '-' || sign == '–' ? -1 : 0;
    }

    /** Words that may stand between "tăng"/"giảm" and the number of the change ("tăng bình quân hằng năm 10%"). */
    private static final Set<String> CHANGE_FILLERS = Set.of(
            "thêm", "bình", "quân", "hằng", "hàng", "mỗi", "năm", "trên", "khoảng", "hơn", "được", "ít", "nhất", "tối",
            "thiểu", "gần", "xấp", "xỉ", "từ");

    /** +1 after "tăng", "cao hơn"; -1 after "giảm"; 0 when the number is a level ("giảm xuống còn 9%", "tăng trưởng 8%"). */
    private static int changeWordBefore(String before) {
        String[] words = before.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.equals("tăng")) {
                return 1;
            }
            if (w.equals("giảm")) {
                return -1;
            }
            if (w.equals("hơn") && i > 0 && words[i - 1].equals("cao")) {
                return 1;
            }
            if (!CHANGE_FILLERS.contains(w)) {
                return 0;
            }
        }
        return 0;
    }

    /** "so với cùng kỳ năm 2023" → "cùng kỳ năm 2023": the period a change is measured against, as written. */
    private static String reference(String text, int from) {
        int limit = Math.min(text.length(), from + 24);
        for (int at = from; at < limit; at++) {
            boolean soVoi = text.regionMatches(true, at, "so với ", 0, 7);
            boolean cungKy = text.regionMatches(true, at, "cùng kỳ", 0, 7);
            if (soVoi || cungKy) {
                int start = soVoi ? Words.skipSpaces(text, at + 7) : at;
                int end = Words.endOfWordsAfter(text, start, 5);
                String ref = text.substring(start, Math.max(start, end)).strip();
                return ref.isEmpty() ? null : ref;
            }
            if (text.charAt(at) == ',' || text.charAt(at) == ';' || text.charAt(at) == '.') {
                return null;
            }
        }
        return null;
    }

    /** "đến năm 2030 so với năm 2025 tăng 25%": the base written before the change, in the same phrase. */
    private static String referenceBefore(String text, int pos) {
        int from = Math.max(0, pos - 60);
        String window = Words.lower(text.substring(from, pos));
        int at = window.lastIndexOf("so với ");
        if (at < 0 || window.indexOf(';', at) >= 0 || window.indexOf(',', at) >= 0) {
            return null;
        }
        int start = from + at + 7;
        int end = Words.endOfWordsAfter(text, start, 3);
        String ref = text.substring(start, Math.max(start, end)).strip();
        return ref.isEmpty() ? null : ref;
    }

    private static String planReference(String text, int from) {
        int start = Words.skipSpaces(text, from);
        if (text.regionMatches(true, start, "so với ", 0, 7)) {
            start += 7;
        } else if (text.regionMatches(true, start, "so ", 0, 3)) {
            start += 3;
        }
        int end = Words.endOfWordsAfter(text, start, 4);
        return text.substring(start, Math.max(start, end)).strip();
    }

    /** Gives each % of plan and change to the level of its clause; one with no level there is a record of its own. */
    private static List<Candidate> attach(List<Candidate> found, String text, SentenceSplitter sentences) {
        List<Candidate> levels = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            if (c.isLevel() && i > 0 && growthOfAmountBefore(text, found.get(i - 1), c)) {
                Candidate amount = found.get(i - 1);
                amount.changePct = c.value;
                amount.changeRef = reference(text, c.unitEnd);
                continue;
            }
            if (c.isLevel() && excessOverPlan(text, found, i, sentences)) {
                found.remove(i--); // no level either: the % of plan after it is the figure's before it
                continue;
            }
            Candidate amount = c.isLevel() ? previousLevel(found, i, sentences, text) : null;
            if (amount != null && bareRatioToTheYearBefore(text, sentences, amount, c)) {
                amount.changePct =
                        c.value.subtract(HUNDRED); // "…, bằng 99,6% so với cùng kỳ; trong đó A 184 ha, bằng 99,9%"
                continue;
            }
            if (amount != null && bareShareOfAmount(text, amount, c)) {
                amount.pctOfPlan = c.value; // "ước đạt 9,1 tỷ đồng, đạt 117%": how much of its plan the amount is
                continue;
            }
            if (c.isLevel()) {
                levels.add(c);
                continue;
            }
            if (c.role == Candidate.Role.PERCENT_OF_PLAN) {
                Candidate level = previousLevel(found, i, sentences, text);
                boolean ownRate = Words.before(text, c.start, 2).endsWith("tỷ lệ");
                if (level != null && !ownRate && !(level.pctOfPlan != null && ownVerbAfterAnd(text, level, c))) {
                    if (level.pctOfPlan == null) {
                        level.pctOfPlan = c.pctOfPlan;
                        level.planRef = c.planRef;
                    }
                    continue;
                }
                c.role = Candidate.Role.LEVEL;
                levels.add(c);
                continue;
            }
            Candidate level = previousLevel(found, i, sentences, text);
            if (level != null
                    && level.pctOfPlan != null
                    && level.value.compareTo(level.pctOfPlan) == 0
                    && Words.previous(text, level.start).equals("đạt")) {
                level = null; // "Thu ngân sách đạt 25,4% dự toán, tăng 25,7% so với cùng kỳ": no level, two records
            }
            if (level != null && !sameUnit(c, level)) {
                Candidate alike = sameUnitLevelBefore(found, i, sentences, text);
                level = alike != null ? alike : level; // "xảy ra 11 vụ, làm 10 người bị thương (tăng 03 vụ, …)"
            }
            boolean ownSubject = level != null
                    && level == previousLevel(found, i, sentences, text)
                    && ownSubjectBefore(text, level, c, found.get(i - 1));
            if (level != null && (ownSubject || ownPeriodBefore(text, level, c) || !measuresLike(c, level))) {
                level = null;
            } else if (level == null) {
                level = nextLevel(found, i, sentences, text);
                level = level != null && measuresLike(c, level) && !otherSubjects(text, sentences, c, level)
                        ? level
                        : null;
            }
            if (ownSubject) {
                level = null; // its own subject: a record, not the change of a later level either
            }
            if (level != null
                    && c.changeIsPercent
                    && level.changePct == null
                    && level.changeAbs != null
                    && signInBrackets(text, c.start) != 0) {
                level.changePct = c.signedChange; // "tăng 1.475 tỷ đồng (+6,2%)": the same change as a percentage
                continue;
            }
            if (level != null && level.changePct == null && level.changeAbs == null) {
                boolean percentOnRate = c.changeIsPercent && "%".equals(level.unit) && !c.comparedWithSomething;
                if (c.changeIsPercent && !percentOnRate) {
                    level.changePct = c.signedChange;
                } else {
                    level.changeAbs = c.signedChange;
                }
                level.changeRef = c.changeRef;
                continue;
            }
            // a level already qualified by a change of its own ("tăng 15,1% (cả nước tăng 9,3%)"): the second is a
            // record
            boolean ownChange = level != null
                    && level.role == Candidate.Role.LEVEL
                    && (level.signedChange != null || level.changePct != null && c.changeRef != null)
                    && !level.planFigure;
            if (level != null && !ownChange || c.unit == null) {
                continue;
            }
            c.role = Candidate.Role.LEVEL;
            if (c.changeIsPercent) {
                c.changePct = c.signedChange;
            } else {
                c.changeAbs = c.signedChange;
            }
            levels.add(c);
        }
        levels.sort(Comparator.comparingInt(x -> x.start));
        return levels;
    }

    /**
     * Whether a bare "bằng N%" (nothing named after it) right after an amount, in a sentence (or after one) that measures
     * its figures as "bằng N% so với cùng kỳ", is that amount against the same time a year before: a change.
     */
    private static boolean bareRatioToTheYearBefore(
            String text, SentenceSplitter sentences, Candidate amount, Candidate c) {
        if (!"%".equals(c.unit)
                || amount.unit == null
                || "%".equals(amount.unit)
                || amount.changePct != null
                || !Words.previous(text, c.start).equals("bằng")
                || !bareAfterAmount(text, amount, c)) {
            return false;
        }
        int sentence = sentences.sentenceStart(c.start);
        int from = sentence > 1 ? sentences.sentenceStart(sentence - 2) : 0;
        return Words.lower(text.substring(from, c.start)).contains("% so với cùng kỳ");
    }

    /** Whether nothing is named after the % and only qualifying words stand between the amount and it. */
    private static boolean bareAfterAmount(String text, Candidate amount, Candidate c) {
        int after = Words.skipSpaces(text, c.unitEnd);
        if (after < text.length() && ",;.)".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        int from = Math.max(amount.unitEnd, amount.numberEnd);
        for (String word :
                Words.lower(text.substring(Math.min(from, c.start), c.start)).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !QUALIFYING_WORDS.contains(word)) {
                return false; // "thu 4,2 tỷ đồng, tỷ lệ che phủ rừng đạt 61%": a subject of its own between
            }
        }
        return true;
    }

    /**
     * Whether a bare percentage after "đạt"/"bằng" (nothing named after it) follows an amount of money in its clause: the
     * share of the amount's plan ("thu 4,2 tỷ đồng, đạt 108%."); a rate of its own names what it measures.
     */
    private static boolean bareShareOfAmount(String text, Candidate amount, Candidate c) {
        if (!"%".equals(c.unit)
                || amount.unit == null
                || !(amount.unit.endsWith("đồng") || amount.unit.endsWith("usd"))
                || amount.pctOfPlan != null
                || !(Words.previous(text, c.start).equals("đạt")
                        || Words.previous(text, c.start).equals("bằng"))) {
            return false;
        }
        return bareAfterAmount(text, amount, c);
    }

    /**
     * Whether a count after "vượt" is by how much the figure before it in its clause, of the same unit, beat the plan the
     * clause names before or after it ("… 352.660 ha, vượt kế hoạch 2.660 ha"): "giảm 412 hộ nghèo, vượt 112 hộ so với kế hoạch", "… vượt 40 lao động và đạt 125% chỉ tiêu
     * huyện giao" — a qualifier of that figure, not a record.
     */
    private static boolean excessOverPlan(String text, List<Candidate> found, int i, SentenceSplitter sentences) {
        Candidate c = found.get(i);
        boolean planBefore =
                PLAN_BEFORE.matcher(Words.lower(Words.before(text, c.start, 5))).find(); // "vượt kế hoạch 2.660 ha"
        if (c.unit == null
                || !planBefore && (c.measure || !Words.previous(text, c.start).equals("vượt"))) {
            return false;
        }
        boolean figureBefore = false;
        for (int j = i - 1; j >= 0 && j >= i - NEAREST && sentences.sameClause(found.get(j).start, c.start); j--) {
            figureBefore |= sameUnit(c, found.get(j));
        }
        return figureBefore
                && (planBefore
                        || PLAN_AFTER
                                .matcher(Words.after(text, c.unitEnd, PLAN_AFTER_WORDS))
                                .find());
    }

    private static final Pattern PLAN_BEFORE =
            Pattern.compile("vượt (?:mục tiêu )?(?:kế hoạch|kh|chỉ tiêu|dự toán|nghị quyết)$");

    /** How many words after the excess its plan is looked for ("… và đạt 192,5% so với tỉnh giao"). */
    private static final int PLAN_AFTER_WORDS = 9;

    private static final Pattern PLAN_AFTER =
            Pattern.compile("(?<!\\p{L})(?:kế hoạch|kh|chỉ tiêu|dự toán|nghị quyết|giao)(?!\\p{L})");

    /**
     * Whether a growth rate follows an amount with nothing but a comma between, and so is how much that amount grew:
     * "doanh thu đạt 640 triệu đồng, tăng trưởng 12%" (a rate with a subject of its own names it before the verb).
     */
    private static boolean growthOfAmountBefore(String text, Candidate amount, Candidate rate) {
        if (!"%".equals(rate.unit)
                || amount.unit == null
                || "%".equals(amount.unit)
                || !amount.isLevel()
                || amount.changePct != null
                || amount.changeAbs != null) {
            return false;
        }
        int from = Math.max(amount.unitEnd, amount.numberEnd);
        return from < rate.start
                && Words.lower(text.substring(from, rate.start)).strip().equals(", tăng trưởng");
    }

    private static Candidate previousLevel(List<Candidate> found, int i, SentenceSplitter sentences, String text) {
        Candidate c = found.get(i);
        boolean comparing = !c.isLevel() && opensWithComparison(text, sentences.clauseStart(c.start));
        for (int j = i - 1; j >= 0 && j >= i - NEAREST; j--) {
            Candidate other = found.get(j);
            if (!sentences.sameClause(other.start, c.start)
                            && !(comparing && previousClause(sentences, other.start, c.start))
                    || colonBetween(text, other.start, c.start)
                    || otherSubjectInBrackets(text, other.numberEnd, c.start)) {
                return null; // "… không đạt kế hoạch gồm: Tổng thu (đạt 67% KH)": the colon opens another item
            }
            if (other.isLevel() && !other.planFigure && !contribution(text, other)) {
                return other;
            }
        }
        return null;
    }

    /**
     * Whether a clause opens with what its change is measured against and no subject ("…là 25.390 tỷ đồng; so với
     * 31/12/2027 tăng 1.475 tỷ đồng"): it carries on the level of the clause before.
     */
    private static boolean opensWithComparison(String text, int clause) {
        String opening = Words.lower(text.substring(clause, Math.min(text.length(), clause + 12)))
                .strip();
        return opening.startsWith("so với") || opening.startsWith("so cùng");
    }

    /** Whether {@code earlier} stands in the clause right before the one of {@code later}. */
    private static boolean previousClause(SentenceSplitter sentences, int earlier, int later) {
        int clause = sentences.clauseStart(later);
        return clause > 0 && sentences.sameClause(earlier, clause - 1);
    }

    /**
     * Whether a second % of plan has a verb of its own after "và", so that it measures another thing than the level
     * that already has one: "ước vốn thực hiện 177 tỷ đồng, đạt 100,9% kế hoạch và giải ngân đạt 100% kế hoạch" (a subject
     * between "và" and the verb).
     */
    private static boolean ownVerbAfterAnd(String text, Candidate level, Candidate percent) {
        String previous = Words.previous(text, percent.start);
        int from = Math.max(Math.max(level.unitEnd, level.numberEnd), percent.start - BETWEEN_REACH);
        if (!previous.equals("đạt") && !previous.equals("bằng") || from >= percent.start) {
            return false;
        }
        String[] words =
                Words.lower(text.substring(from, percent.start)).strip().split("\\s+");
        int and = Arrays.asList(words).lastIndexOf("và");
        return and >= 0 && and < words.length - 2; // "… và đạt 67% so với Nghị quyết" names only another plan
    }

    /**
     * Whether the change names its own subject after a comma since the level: "CPI dưới 4,5%, tổng đầu tư toàn xã hội
     * tăng 11-12%" (two indicators), unlike "đạt 812 tỷ đồng, tăng 6,5% so với cùng kỳ" (the words there qualify).
     */
    private static boolean ownSubjectBefore(String text, Candidate level, Candidate change, Candidate previous) {
        if (previous.role == Candidate.Role.PERCENT_OF_PLAN
                && Words.before(text, change.start, 2).matches("và (?:tăng|giảm)")) {
            return false; // "…, vượt 12% dự toán tỉnh giao và tăng 9% so với cùng kỳ": both qualify the one amount
        }
        int from = Math.max(Math.max(level.unitEnd, level.numberEnd), change.start - BETWEEN_REACH);
        int comma = text.lastIndexOf(',', change.start - 1);
        if (comma < from || text.lastIndexOf('(', change.start - 1) >= from) {
            return false; // a bracket since the level holds its own list ("(tăng 03 vụ, giảm 01 người chết …)")
        }
        int subject = 0;
        // the words after whatever figure stands last before the change (a % of plan between them is no subject)
        int after = Math.max(comma + 1, Math.max(previous.unitEnd, previous.numberEnd));
        for (String word : Words.lower(text.substring(Math.min(after, change.start), change.start))
                .split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !QUALIFYING_WORDS.contains(word) && ++subject >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a change and the level after it each name a subject of their own, and not the same one: "tỷ lệ hộ nghèo
     * giảm 2,1%, mỗi năm giải quyết việc làm cho 250 lao động" (two indicators), unlike "tỷ lệ hộ nghèo giảm 0,29%, tỷ lệ
     * hộ nghèo còn 1,27%" or "giảm 37 hộ, còn lại 165 hộ".
     */
    private static boolean otherSubjects(String text, SentenceSplitter sentences, Candidate change, Candidate level) {
        List<String> own = subjectOf(text, sentences, change.start);
        List<String> next = subjectOf(text, sentences, level.start);
        return own.size() >= 2 && next.size() >= 2 && !own.get(0).equals(next.get(0));
    }

    /** The words of a figure's segment before it that are not verbs or comparators: what it is said of. */
    private static List<String> subjectOf(String text, SentenceSplitter sentences, int pos) {
        int from = Math.max(sentences.segmentStart(pos), pos - BETWEEN_REACH);
        List<String> words = new ArrayList<>();
        for (String word : Words.lower(text.substring(from, pos)).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !QUALIFYING_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** How close before its change a period must stand to open the change's own statement. */
    private static final int PERIOD_REACH = 20;

    /**
     * Whether a period named right before a change opens a statement of its own rather than qualifying the level
     * before it: "quý III đạt 6,26%, 9 tháng năm 2025 tăng 6,9%" (the growth of nine months, not of the quarter).
     */
    private static boolean ownPeriodBefore(String text, Candidate level, Candidate change) {
        int from = Math.max(Math.max(level.unitEnd, level.numberEnd), change.start - PERIOD_REACH * 4);
        if (from >= change.start) {
            return false;
        }
        String between = text.substring(from, change.start);
        for (PeriodCues.PeriodCue cue : PeriodCues.findAll(between)) {
            String gap = between.substring(cue.end());
            if (!cue.reference() && gap.length() <= PERIOD_REACH && gap.indexOf(',') < 0 && gap.indexOf(';') < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean colonBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * The level after a change in its clause ("giảm 0,29%, tỷ lệ hộ nghèo còn 1,2%"), unless the words between compare
     * with another figure ("tăng 15,55%, cao hơn so với mức tăng cả nước là 9,2%").
     */
    /** Words comparing a change with another figure after it, which is then no level of it. */
    private static final Pattern OTHER_RATE = Pattern.compile("(?:cao|thấp) hơn|bằng mức");

    private static Candidate nextLevel(List<Candidate> found, int i, SentenceSplitter sentences, String text) {
        Candidate c = found.get(i);
        for (int j = i + 1; j < found.size() && j <= i + NEAREST; j++) {
            Candidate other = found.get(j);
            String between = Words.lower(text.substring(c.start, Math.min(other.start, c.start + BETWEEN_REACH)));
            if (!sentences.sameClause(other.start, c.start)
                    || between.contains("so với")
                    || between.contains("cả nước")
                    || between.indexOf('(') >= 0
                    || OTHER_RATE.matcher(between).find()
                    || other.role == Candidate.Role.CHANGE) {
                return null; // "tăng 9% (cùng kỳ là 6%)", "tăng 9%, cao hơn mức 6% …": the later figure is another's
            }
            if (other.role == Candidate.Role.LEVEL && !other.planFigure && !contribution(text, other)) {
                return other;
            }
        }
        return null;
    }

    /**
     * Whether a change can be one of the level: a % change of anything, a count's change of a count or of a share ("98%
     * xã …, tăng 3 xã"), a measure's of a measure; "giảm 14 hộ" is no change of an income in "triệu đồng/người/năm".
     */
    private static boolean measuresLike(Candidate change, Candidate level) {
        return change.changeIsPercent
                || change.unit == null
                || level.unit == null
                || sameUnit(change, level)
                || "%".equals(level.unit)
                || change.measure == level.measure;
    }

    /** Whether two figures count or measure the same thing, written alike ("vụ" and "vụ", not "hộ" and "hộ kinh doanh"). */
    private static boolean sameUnit(Candidate a, Candidate b) {
        return a.unit != null && a.unit.equals(b.unit);
    }

    /** The nearest level of the change's clause before it that counts what the change counts, or null. */
    private static Candidate sameUnitLevelBefore(
            List<Candidate> found, int i, SentenceSplitter sentences, String text) {
        Candidate c = found.get(i);
        for (int j = i - 1; j >= 0 && j >= i - NEAREST && sentences.sameClause(found.get(j).start, c.start); j--) {
            Candidate other = found.get(j);
            if (other.isLevel() && !other.planFigure && sameUnit(c, other) && !contribution(text, other)) {
                return other;
            }
        }
        return null;
    }

    /** Words a bracket may open with and still qualify the figure before it: "(tăng 8% so với năm 2024)", "(ước đạt …)". */
    private static final Set<String> QUALIFYING_WORDS = Set.of(
            "ước", "tính", "đạt", "tăng", "giảm", "bằng", "so", "với", "cùng", "kỳ", "năm", "tháng", "trước", "khoảng",
            "trên", "dưới", "gần", "hơn", "được", "là", "ck", "kh", "nhiều", "mạnh", "nhẹ", "ít", "vượt", "mức", "gấp",
            "lần", "thêm", "xuống", "lên", "còn", "khá", "rất", "đáng", "kể", "chỉ", "dự", "toán", "kế", "hoạch",
            "giao", "hđnd", "ubnd", "và", "điều", "chỉnh");

    /**
     * Whether a bracket opened between a level and a change opens with another subject (its words before its first
     * number): "ước đạt 7,2% (khu vực dịch vụ ước tăng 8,8%; …)" breaks the total down, its changes are the parts' own.
     */
    private static boolean otherSubjectInBrackets(String text, int from, int to) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                open = i;
            } else if (ch == ')') {
                open = -1;
            }
        }
        if (open < 0) {
            return false;
        }
        int opening = open + 1;
        while (opening < to && !NumberReader.isDigit(text.charAt(opening))) {
            opening++;
        }
        for (String word : Words.lower(text.substring(open + 1, opening)).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !QUALIFYING_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A contribution to growth ("đóng góp 0,7 điểm phần trăm") is a figure of its own: the change beside it ("khu vực dịch
     * vụ tăng 8,2%, đóng góp …") is the growth of the sector, not a change of the contribution.
     */
    private static boolean contribution(String text, Candidate level) {
        return Words.before(text, level.start, 2).endsWith("đóng góp");
    }
}

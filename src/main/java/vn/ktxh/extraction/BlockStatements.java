package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The statements of one block of running text, with the kind, period and comparator each number's words give it. */
final class BlockStatements {

    /** A lead-in ("(16) Ước thực hiện đến 31/12/2024, …") opens its block within this many characters. */
    private static final int LEAD_IN = 14;
    /** A target cue ("kế hoạch giao", "mục tiêu NQ") reaches the number at most this far after it, in its phrase. */
    private static final int PHRASE_REACH = 90;

    private final DocumentText document;
    private final DocumentContext context;
    private final TextFlow.Block block;
    private final StatementExtractor.Section section;
    private final String text;
    /** The text in lower case, once per block (the same length: positions are shared). */
    private final String lower;

    private final SentenceSplitter sentences;
    private final List<KindCues.Cue> cues;
    private final List<PeriodCues.PeriodCue> periods;
    private final List<DocumentContext.NamedArea> areas;
    /** The province the section's heading opens with ({@link DocumentContext#provinceOpening}), else null. */
    private final String headingArea;
    /** The block's numbers in order, once read. */
    private List<Candidate> candidates = List.of();

    BlockStatements(
            DocumentText document, DocumentContext context, TextFlow.Block block, StatementExtractor.Section section) {
        this.document = document;
        this.context = context;
        this.block = block;
        this.section = section;
        this.text = block.text();
        this.lower = Words.lower(text);
        this.sentences = new SentenceSplitter(text);
        this.cues = KindCues.findAllInLower(lower);
        this.periods = PeriodCues.findAllInLower(lower);
        this.areas = DocumentContext.areasNamedIn(text);
        this.headingArea = section.heading() == null ? null : DocumentContext.provinceOpening(section.heading());
    }

    List<IndicatorStatement> statements() {
        List<IndicatorStatement> out = new ArrayList<>();
        Candidate share = null;
        candidates = BlockReader.read(text, sentences, this::opensLine);
        for (Candidate c : candidates) {
            if (c.unit == null && !c.indexValue || requested(c.start) || definesShare(share, c)) {
                continue;
            }
            if ("%".equals(c.unit) && c.isLevel()) {
                share = c;
            }
            String named = yearNamedAfter(c);
            String period = named != null ? named : periodAt(c.start);
            String earlier = c.baseline ? null : earlierPeriodInBrackets(c.start);
            earlier = earlier != null || c.baseline ? earlier : earlierPeriodNamedAfter(c);
            Kind kind = c.baseline || earlier != null ? Kind.BASELINE : kindAt(c, period);
            period = earlier != null ? earlier : c.baseline ? sameTimeOfNamedYear(c, period) : period;
            boolean congress = context.term() != null && section.period() == null && ownPeriodless(c.start);
            if (congress && kind == Kind.TARGET) {
                period = context.term(); // a congress page's target without a year of its own is for the term
            } else if (congress && kind != Kind.BASELINE) {
                period = reviewedTerm(c.start);
            } else if (kind == Kind.TARGET) {
                period = growthForm(c, kind) == GrowthForm.ANNUAL_AVG || "%/năm".equals(c.unit)
                        ? spanEndingIn(c.start, period)
                        : yearlyFlow(c.start, period);
            } else if (growthForm(c, kind) == GrowthForm.ANNUAL_AVG) {
                period = spanOfAverage(c.start, period);
            }
            Comparison comparator = c.valueMax != null
                    ? Comparison.BETWEEN
                    : ComparatorWords.of(text, c.start, c.unitEnd, kind == Kind.TARGET);
            String indicator = IndicatorNamer.name(text, sentences, c);
            int line = block.lineAt(c.start);
            out.add(new IndicatorStatement(
                    document.name(),
                    line,
                    quote(c, line),
                    countsProvincesOfCountry(c) ? DocumentContext.NATIONWIDE : areaAt(c.start),
                    indicator,
                    kind,
                    period,
                    c.value,
                    c.valueMax,
                    c.of,
                    c.unit,
                    comparator,
                    IndicatorTraits.direction(indicator),
                    c.pctOfPlan,
                    c.planRef,
                    c.changePct,
                    c.changeAbs,
                    c.changeRef,
                    growthForm(c, kind),
                    IndicatorTraits.sector(indicator, section.heading()),
                    null));
        }
        return out;
    }

    /** Verbs that state a figure of its own after a share: "70% hộ có điện, tăng 3 hộ" counts the 3. */
    private static final Pattern OWN_FIGURE =
            Pattern.compile("\\b(?:đạt|là|tăng|giảm|còn|chiếm|vượt|với|gồm|trong đó)\\b");

    private static final Pattern DEFINING = Pattern.compile("\\b(?:được|có)\\b");

    /**
     * A count inside what a share counts is part of its definition, not a record: "70% phụ nữ mang thai được tầm soát ít
     * nhất 4 loại bệnh", "100% xã có tối thiểu 02 điểm bưu chính" (same segment, after "được"/"có", no verb of its own).
     */
    private boolean definesShare(Candidate share, Candidate c) {
        boolean perTime = c.unit != null && c.unit.contains("/"); // "được học 2 buổi/ngày": how, not how much
        if (share == null
                || c.measure && !perTime
                || !sentences.sameSegment(share.start, c.start)
                || share.unitEnd > c.start) {
            return false;
        }
        String between = Words.lower(text.substring(share.unitEnd, c.start));
        return DEFINING.matcher(between).find() && !OWN_FIGURE.matcher(between).find();
    }

    /** Words that ask another level for something: what follows in the sentence is asked for, not planned or done. */
    private static final List<String> REQUEST_WORDS =
            List.of("kiến nghị", "đề nghị", "xin hỗ trợ", "đề xuất hỗ trợ", "đề nghị hỗ trợ");

    /**
     * An amount asked of another level ("Về kiến nghị hỗ trợ khoảng 200 tỷ đồng", "Tỉnh đề nghị Trung ương bổ sung 500
     * tỷ đồng") is not a record: the request opens its sentence (within its first words), or is the verb of the number's
     * own clause ("…, đang đề nghị công nhận thêm 2 sản phẩm").
     */
    private boolean requested(int pos) {
        int start = sentences.sentenceStart(pos);
        String opening = Words.lower(text.substring(start, Math.min(pos, Words.endOfWordsAfter(text, start, 6))));
        int near = Math.max(sentences.clauseStart(pos), Words.startOfWordsBefore(text, pos, REQUEST_REACH));
        String before = Words.lower(text.substring(Math.min(near, pos), pos));
        return REQUEST_WORDS.stream()
                .anyMatch(w -> !KindCues.occurrences(opening, w).isEmpty()
                        || !KindCues.occurrences(before, w).isEmpty());
    }

    /** How many words before its number a request may stand as the verb of the number's clause. */
    private static final int REQUEST_REACH = 6;

    private GrowthForm growthForm(Candidate c, Kind kind) {
        if (c.growthForm == GrowthForm.VS_BASE && kind != Kind.TARGET) {
            return null;
        }
        if (c.growthForm == null && c.unit != null && c.unit.endsWith("/năm") && c.changePct != null) {
            return GrowthForm.ANNUAL_AVG;
        }
        return c.growthForm;
    }

    /**
     * The nearest cue before the number that reaches it; else, in the first part (up to ";") of a sentence that breaks
     * down the one before it, the kind a cue gives that sentence's end; else the block's lead-in, the heading, the
     * document.
     */
    private Kind kindAt(Candidate c, String period) {
        int pos = c.start;
        Kind cued = cuedKindAt(pos, period);
        if (cued != null) {
            return cued;
        }
        if (countedAsDone(c)) {
            return Kind.ACTUAL;
        }
        Kind verb = verbCueAfterCount(c, period);
        if (verb != null) {
            return verb;
        }
        int sentence = sentences.sentenceStart(pos);
        if (sentence > 1 && breakdownSentence(sentence) && withinBreakdown(sentence, pos)) {
            Kind total = cuedKindAt(sentence - 2, period); // "… ước tăng 8,5%. Trong đó khu vực …"
            if (total == null && targetFirst(sentences.sentenceStart(sentence - 2), period)) {
                total = Kind.TARGET; // an estimate reaches only to its sentence end, a plan's total holds its parts
            }
            if (total != null) {
                return total;
            }
        }
        if (sentence == 0 && section.kindBefore() != null && opensWith(0, "trong đó") && withinBreakdown(0, pos)) {
            return section.kindBefore(); // a paragraph "Trong đó, …" breaks down the last figure of the one before
        }
        if (openingTargetsPeriod() != null
                && (sentence > 0 || targetsCarried)
                && listsMoreTargets(sentence, period)
                && section.kind() != Kind.ACTUAL) {
            return Kind.TARGET; // "Mục tiêu năm 2023 phấn đấu … . Thu nhập bình quân đạt 59 triệu đồng/người/năm."
        }
        if (section.kind() == null && namedAsTargetsAfter(pos)) {
            return Kind.TARGET;
        }
        if (section.kind() != null) {
            return section.kind();
        }
        // a figure for a period after the document's date cannot be a result yet (on a congress page, a figure with no
        // period of its own may be the term's result or target: see statements())
        boolean later = context.beginsAfterWriting(period) && (context.term() == null || !ownPeriodless(c.start));
        return context.plan() && !beforeTheTerm(period) && !beforeThePlan(period) || later ? Kind.TARGET : Kind.ACTUAL;
    }

    /**
     * Whether the period is the year before the one a plan is for ("Năm 2024, … tốc độ tăng trưởng GRDP đạt 11,26%" at
     * the conference assigning 2025's targets): the year just ending, whose results the plan builds on (a plan to 2050
     * may well name targets for 2030).
     */
    private boolean beforeThePlan(String period) {
        int year = DocumentContext.yearOf(period);
        int plan = context.period() == null ? 0 : DocumentContext.firstYearOf(context.period());
        return year > 0 && plan == year + 1;
    }

    /**
     * Whether the period ends by the start of the term a congress page plans for ("Nhiệm kỳ 2020-2025, sản lượng lương
     * thực đạt 136.000 tấn" on the page of the 2025-2030 congress): the term under review, whose figures are results.
     */
    private boolean beforeTheTerm(String period) {
        int year = DocumentContext.yearOf(period);
        return context.term() != null && year > 0 && year <= DocumentContext.firstYearOf(context.term());
    }

    /**
     * Whether the figures of the sentence are then called targets: "A tăng 9%; B đạt 800 tỷ đồng là hai trong 6 chỉ tiêu
     * chủ yếu của năm" (the cue stands after them, in the same sentence).
     */
    private boolean namedAsTargetsAfter(int pos) {
        Matcher m = TARGETS_AFTER.matcher(lower).region(pos, Math.min(lower.length(), pos + TARGETS_AFTER_REACH));
        return m.find() && sentences.sentenceStart(m.start()) == sentences.sentenceStart(pos);
    }

    private static final int TARGETS_AFTER_REACH = 300;

    private static final Pattern TARGETS_AFTER = Pattern.compile(
            "\\blà (?:\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:trong|của) (?:các |những )?(?:\\d{1,2} )?(?:chỉ tiêu|mục tiêu)");

    /**
     * Whether the things a count counts are said to be done already, in the words right after it: "từ 17 hiệp định
     * thương mại (FTA) đã ký kết", "12 cụm công nghiệp đã được đầu tư" — the present state, also in a plan.
     */
    private boolean countedAsDone(Candidate c) {
        if (c.measure || c.unit == null || "%".equals(c.unit)) {
            return false;
        }
        int from = Math.max(c.unitEnd, c.numberEnd);
        String after = Words.lower(text.substring(from, Math.min(text.length(), from + DONE_REACH)));
        return DONE.matcher(after).lookingAt();
    }

    /**
     * The kind an estimate's word gives that stands as the verb right after a count, its subject: "3/10 chỉ tiêu kinh tế
     * dự kiến đạt thấp hơn kế hoạch", "12 xã ước đạt chuẩn" (no figure nor punctuation between); null for none.
     */
    private Kind verbCueAfterCount(Candidate c, String period) {
        if (c.measure || c.unit == null || "%".equals(c.unit)) {
            return null;
        }
        int from = Math.max(c.unitEnd, c.numberEnd);
        // the cues from the count's unit on, found by halving (a long block holds many cues)
        for (int k = lastBefore(cues.size(), x -> cues.get(x).start(), from) + 1;
                k < cues.size() && cues.get(k).start() <= from + VERB_REACH;
                k++) {
            KindCues.Cue cue = cues.get(k);
            if (cue.kind() == Kind.TARGET || cue.kind() == Kind.ACTUAL) {
                continue; // "16.133 con/KH 16.200 con": a plan quoted beside the count is no verb of it
            }
            for (int i = from; i < cue.start(); i++) {
                char ch = text.charAt(i);
                if (NumberReader.isDigit(ch) || ",;.:()/".indexOf(ch) >= 0) {
                    return null;
                }
            }
            if (cue.kind() != null) {
                return cue.kind();
            }
            return forecastKind(period);
        }
        return null;
    }

    /** How far after a count's unit the verb it is the subject of may stand (the noun's modifiers between). */
    private static final int VERB_REACH = 30;

    /** How far after a count its "đã …" is looked for. */
    private static final int DONE_REACH = 60;

    /** "đã" with a verb of work completed ("đã được …", "đã ký kết"), not of a state ("đã xuống cấp", "đã hư hỏng"). */
    private static final Pattern DONE =
            Pattern.compile("[^,;.:]{0,40}?(?<!\\p{L})đã (?:được|ký|hoàn thành|thành lập|ban hành"
                    + "|phê duyệt|công nhận|đưa vào|đi vào|xây dựng|cấp)(?!\\p{L})");

    /** The kind the nearest cue before the number that reaches it gives, or null. */
    private Kind cuedKindAt(int pos, String period) {
        for (int i : nearestFirst(
                cues.size(), lastBefore(cues.size(), k -> cues.get(k).start(), pos))) {
            KindCues.Cue cue = cues.get(i);
            if (cue.start() >= pos || !reaches(cue, pos) || cue.kind() == Kind.ACTUAL && afterTheDocument(period)) {
                continue; // "lộ trình thực hiện đến năm 2030": a present-state word says nothing of a later period
            }
            if (cue.kind() == Kind.ESTIMATE && inListOfTargets(i, pos)) {
                return Kind.TARGET; // "… thống nhất mục tiêu năm 2026 với 32 chỉ tiêu chủ yếu, trong đó … ước đạt 168
                // nghìn tỷ"
            }
            if (cue.kind() != null) {
                return cue.kind();
            }
            return forecastKind(period);
        }
        return null;
    }

    /**
     * Whether the first figure from {@code from} on is cued as a target: the total a breakdown sentence details where no
     * cue reaches the end of its sentence, "Tổng thu … sau điều chỉnh gần 216 tỷ đồng, tăng 4 lần so với dự toán ban
     * đầu. Trong đó, …".
     */
    private boolean targetFirst(int from, String period) {
        for (Candidate c : candidates) {
            if (c.start >= from) {
                return cuedKindAt(c.start, period) == Kind.TARGET;
            }
        }
        return false;
    }

    /** Whether a list of targets opened earlier in the sentence (a cue reaching its end) holds the number. */
    private boolean inListOfTargets(int cueIndex, int pos) {
        for (int k = cueIndex - 1; k >= 0; k--) {
            KindCues.Cue earlier = cues.get(k);
            if (earlier.kind() == Kind.TARGET && earlier.reach() == KindCues.Reach.LIST && reaches(earlier, pos)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number's clause carries on the breakdown that opens its sentence: its first clause, or a later one
     * whose first figure measures in the unit of the first item ("Trong đó khu vực A tăng 3%; thuế sản phẩm tăng 5%"; "A
     * đạt 50 tỷ đồng, chiếm 8%; B đạt 298 tỷ đồng, chiếm 48%"), not another statement after ";" ("Trong đó 9 trường đạt
     * chuẩn; còn 120 hộ nghèo").
     */
    private boolean withinBreakdown(int sentence, int pos) {
        if (sentences.clauseStart(pos) <= sentence || opensWith(sentence, "cụ thể")) {
            return true; // "Cụ thể, A; B; C": every item details the sentence before
        }
        int clause = sentences.clauseStart(pos);
        String first = null;
        for (Candidate c : candidates) {
            if (c.start >= sentence && first == null) {
                first = c.unit;
            }
            if (c.start >= clause) {
                return first != null
                        && first.equals(c.unit); // the clause's first figure: "B đạt 298 tỷ đồng, chiếm 48%"
            }
        }
        return false;
    }

    /** Whether the sentence starting at {@code sentence} breaks down or details the one before ("Trong đó, …", "Cụ thể, …"). */
    private boolean breakdownSentence(int sentence) {
        return opensWith(sentence, "trong đó") || opensWith(sentence, "cụ thể");
    }

    private boolean opensWith(int sentence, String words) {
        return Words.lower(text.substring(sentence, Math.min(text.length(), sentence + 12)))
                .strip()
                .startsWith(words);
    }

    /**
     * The kind of "dự kiến", "dự ước", "dự báo": a target for a period after the document's date, an estimate for the
     * running one; on an undated page announcing targets (a conference assigning next year's) a target.
     */
    private Kind forecastKind(String period) {
        int year = DocumentContext.yearOf(period);
        if (context.targetsPage()) {
            return Kind.TARGET;
        }
        return year > context.writtenYear() && context.writtenYear() > 0 ? Kind.TARGET : Kind.ESTIMATE;
    }

    private boolean afterTheDocument(String period) {
        int year = DocumentContext.yearOf(period);
        return context.writtenYear() > 0 && year > context.writtenYear();
    }

    private boolean reaches(KindCues.Cue cue, int pos) {
        if (cue.reach() == KindCues.Reach.LIST) {
            return pos > cue.start() && sentences.sentenceStart(pos) == sentences.sentenceStart(cue.start());
        }
        if (cue.reach() == KindCues.Reach.PHRASE) {
            int label = Words.skipSpaces(text, cue.end());
            if (label < text.length() && text.charAt(label) == ':' && label < pos) {
                // a kind word written as a label ("(mục tiêu: tăng trưởng bình quân 7-8% mỗi năm)") holds up to ";"
                return sentences.samePart(label, pos) && sentences.sentenceStart(label) == sentences.sentenceStart(pos);
            }
            return sentences.sameSegment(cue.end(), pos) && pos - cue.end() <= PHRASE_REACH;
        }
        if (sentences.sameClause(cue.start(), pos) || breakdownOfClause(cue.start(), pos)) {
            return true;
        }
        if (isLeadIn(cue.start())) {
            return sentences.samePart(cue.start(), pos) || colonAfter(cue.end()) >= 0;
        }
        int colon = colonAfter(cue.end());
        return colon >= 0 && colon < pos && sentences.sentenceStart(colon) == sentences.sentenceStart(cue.start());
    }

    /**
     * "ước đạt 1.200 tỷ đồng; trong đó thu nội địa 1.000 tỷ đồng": a breakdown after ";" keeps its total's clause; so do
     * the items after ";" of a breakdown the total's clause opens ("dự ước tăng 1,3%, trong đó ngành A tăng 1,7%; ngành
     * B tăng 1,4%").
     */
    private boolean breakdownOfClause(int cueStart, int pos) {
        int clause = sentences.clauseStart(pos);
        if (clause == 0 || sentences.sentenceStart(pos) != sentences.sentenceStart(cueStart)) {
            return false;
        }
        if (sentences.sameClause(cueStart, clause - 1) && opensBreakdown(clause)) {
            return true;
        }
        int semicolon = text.indexOf(';', cueStart);
        if (semicolon > 0
                && semicolon < clause
                && sentences.sameClause(cueStart, semicolon - 1)
                && opensBreakdown(semicolon + 1)) {
            return true; // "ước tăng 8%; trong đó A tăng 2%; B tăng 11%": the items after the breakdown's first
        }
        Matcher opened = BREAKDOWN.matcher(Words.lower(text.substring(cueStart, clause)));
        if (!opened.find() || !sentences.sameClause(cueStart, cueStart + opened.start())) {
            return false;
        }
        int at = cueStart + opened.start();
        int open = text.lastIndexOf('(', at);
        if (open < cueStart || text.lastIndexOf(')', at) > open) {
            return true; // "ước đạt …, trong đó: A …; B … (riêng C giảm 4%); D …": a bracket inside an item ends
            // nothing
        }
        int closed = text.indexOf(')', at); // "(trong đó: …); số hộ cận nghèo là 76 hộ": it ended
        return closed < 0 || closed > clause;
    }

    /** The words opening a breakdown of the figure before them. */
    private static final List<String> BREAKDOWN_WORDS = List.of("trong đó", "bao gồm");

    private static final Pattern BREAKDOWN = Pattern.compile("\\b(?:" + String.join("|", BREAKDOWN_WORDS) + ")\\b");

    private boolean opensBreakdown(int at) {
        String start = Words.lower(text.substring(at, Math.min(text.length(), at + 13)))
                .strip();
        return BREAKDOWN_WORDS.stream().anyMatch(start::startsWith);
    }

    private boolean isLeadIn(int at) {
        if (at > LEAD_IN) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                return false;
            }
        }
        return true;
    }

    /** The ":" that closes a lead-in phrase starting at {@code from} ("Ước thực hiện năm 2024 trên địa bàn:"), or -1. */
    private int colonAfter(int from) {
        int limit = Math.min(text.length(), from + 100);
        for (int i = from; i < limit; i++) {
            char ch = text.charAt(i);
            if (ch == ':') {
                return i;
            }
            if (ch == ',' || ch == ';' || ch == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The nearest period named before the number in its sentence (one in brackets only inside them); else the one named
     * in an earlier sentence of the block where that frames what follows: the total that a "Trong đó: …" sentence breaks
     * down, or a part of a year ("6 tháng đầu năm 2022 …", "Trong 10 tháng năm 2025, …") that a report's paragraph is
     * about; else the section's.
     */
    private String periodAt(int pos) {
        int sentence = sentences.sentenceStart(pos);
        String opening = Words.lower(text.substring(Math.max(sentence, pos - PRESENT_REACH), pos));
        if (presentState(opening)) {
            return documentYear(); // "Đến nay, tỷ lệ hộ nghèo còn 1,4%": the present state is the document's year
        }
        boolean breakdown = breakdownSentence(sentence);
        boolean sameTimeAsBefore = SAME_TIME_AS_BEFORE
                .matcher(lower)
                .region(Math.max(sentence, pos - SAME_TIME_REACH), pos)
                .find();
        for (int i : nearestFirst(
                periods.size(), lastBefore(periods.size(), k -> periods.get(k).start(), pos))) {
            PeriodCues.PeriodCue cue = periods.get(i);
            if (cue.start() >= pos || cue.reference()) {
                continue;
            }
            boolean earlierSentence = sentences.sentenceStart(cue.start()) != sentence;
            if (!earlierSentence && averagingWindowOfAnother(cue, pos)) {
                continue; // "…: tăng trưởng GRDP bình quân hằng năm thời kỳ 2021 - 2030 đạt 8 - 9%, GRDP bình quân đầu
                // người đạt
                // khoảng 150 triệu đồng": the years the rate is averaged over, not the next figure's
            }
            if (!earlierSentence && inEarlierItem(cue, pos, sentence)) {
                continue; // "… đề ra các chỉ tiêu: A đến năm 2030 đạt 9 tỷ; B đạt 99%": the year dates its item only
            }
            boolean reaches = !earlierSentence
                    || isLeadIn(Math.max(0, cue.start() - 20)) && sentences.samePart(cue.start(), pos)
                    || breakdown
                    || sameTimeAsBefore
                    || PeriodCues.partOfYear(cue.period());
            if (reaches && closedBracketBetween(cue.start(), pos)) {
                continue;
            }
            if (reaches) {
                return PeriodCues.withYear(
                        cue.period(), PeriodCues.soFar(cue.period()) ? reportedMonth(i) : sectionPeriod());
            }
            break; // a year named in an earlier sentence dates that sentence's figures only
        }
        String targets = openingTargetsPeriod();
        return targets != null && (sentence > 0 || targetsCarried) ? targets : sectionPeriod();
    }

    /** {@link #openingTargetsPeriod}, once found; "" for none. */
    private String openingTargets;

    /**
     * The period a paragraph opening with targets sets them for, when it has not begun at the document's date ("Mục
     * tiêu tổng quát năm 2023 phấn đấu …" in a resolution of December 2022): its later sentences without a period or cue
     * of their own go on listing that period's targets; so do all of a paragraph after one that did (see {@link
     * #continuesTargets}). Null for any other paragraph.
     */
    private String openingTargetsPeriod() {
        if (openingTargets == null) {
            openingTargets = "";
            int end = sentenceEnd(0);
            boolean opens = cues.stream()
                    .anyMatch(cue -> cue.kind() == Kind.TARGET
                            && cue.start() < end
                            && Words.count(text.substring(0, cue.start())) <= OPENING_WORDS);
            // "Năm 2024, huyện đề ra 22 chỉ tiêu, trong đó đạt và vượt 19 chỉ tiêu": a review of the year's targets
            boolean reviews = RESULT_WORDS.matcher(lower).region(0, end).find();
            String period = opens && !reviews ? PeriodCues.firstIn(lower.substring(0, end)) : null;
            if (period != null && (context.notBegun(period) || !context.dated())) {
                openingTargets = period;
            } else if (!opens && section.targetsBefore() != null && continuesTargets(end)) {
                openingTargets = section.targetsBefore();
                targetsCarried = true;
            }
        }
        return openingTargets.isEmpty() ? null : openingTargets;
    }

    private static final Pattern HAS = Pattern.compile("(?<!\\p{L})có(?!\\p{L})");

    /** Whether {@link #openingTargetsPeriod} came from the paragraph before, so it holds from this one's first sentence. */
    private boolean targetsCarried;

    /**
     * Whether a paragraph after one listing a year's targets goes on listing them ("Theo đó, năm 2015, huyện đề ra các
     * chỉ tiêu …, trong đó phấn đấu …" then "Thu ngân sách đạt 161,3 tỷ đồng; …"): its opening names no period,
     * reports no result and describes no present state ("hiện có", or "Huyện có diện tích tự nhiên …" before its first
     * figure).
     */
    private boolean continuesTargets(int openingEnd) {
        String opening = lower.substring(0, openingEnd);
        int firstNumber = 0;
        while (firstNumber < openingEnd && !Character.isDigit(lower.charAt(firstNumber))) {
            firstNumber++;
        }
        return PeriodCues.firstIn(opening) == null
                && !RESULT_WORDS.matcher(opening).find()
                && !PRESENT.matcher(opening).find()
                && !HAS.matcher(lower.substring(0, firstNumber)).find();
    }

    /**
     * Whether a later sentence of a paragraph opening with targets lists more of them: the year has not begun at the
     * document's date; on an undated page, the sentence reports no result ("đã", "kết quả", "ước", "so với cùng kỳ", "đạt
     * 103% kế hoạch").
     */
    private boolean listsMoreTargets(int sentence, String period) {
        if (!openingTargetsPeriod().equals(period)) {
            return false; // "Chín tháng năm 2024, kim ngạch xuất khẩu tăng 12,4%": a time of its own
        }
        if (context.dated()) {
            return context.notBegun(period);
        }
        return !RESULT_WORDS
                .matcher(lower)
                .region(sentence, sentenceEnd(sentence))
                .find();
    }

    private static final Pattern RESULT_WORDS = Pattern.compile(
            "(?<!\\p{L})(?:đã|kết quả|đạt được|hoàn thành|vượt|ước|so với cùng kỳ|so cùng kỳ|bằng|% kế hoạch)(?!\\p{L})");

    /** Where the sentence starting at {@code sentence} ends. */
    private int sentenceEnd(int sentence) {
        int end = sentence;
        while (end < text.length() && sentences.sentenceStart(end) == sentence) {
            end++;
        }
        return end;
    }

    /** How many words may stand before a paragraph's target cue for it to open the paragraph: a subject and a time. */
    private static final int OPENING_WORDS = 8;

    /**
     * A congress page's result without a period of its own: the term just ended where its paragraph (or the one before)
     * speaks of it ("Trong nhiệm kỳ qua, …", "Nhiệm kỳ 2020-2025, …", "Giá trị sản xuất nhiệm kỳ tăng 9%"); else the
     * state at the congress, the term's first year.
     */
    private String reviewedTerm(int pos) {
        String[] years = context.term().split("-");
        int start = Integer.parseInt(years[0]);
        String previous = (2 * start - Integer.parseInt(years[1])) + "-" + start;
        int sentence = sentences.sentenceStart(pos);
        if (NOW_OPENING.matcher(lower).region(sentence, pos).lookingAt()) {
            return Integer.toString(start); // "Hiện Đảng bộ có 45 chi bộ": the state at the congress
        }
        boolean spoken = previous.equals(section.spanBefore())
                || PAST_TERM
                        .matcher(lower)
                        .region(Math.max(0, pos - TERM_REACH), pos)
                        .find();
        return spoken ? previous : Integer.toString(start);
    }

    /** How far before a congress page's result the term it speaks of is looked for (keeps long paragraphs linear). */
    private static final int TERM_REACH = 600;

    /** The term under review named without its years: "nhiệm kỳ qua", "nhiệm kỳ trước", a bare "nhiệm kỳ". */
    private static final Pattern PAST_TERM =
            Pattern.compile("nhiệm kỳ(?: qua| trước| vừa qua)?(?! ?(?:19|20)\\d\\d)(?!\\p{L})");

    /**
     * A target growth per year dated by the year it runs to ("đến năm 2030 … tăng trưởng trên 10%/năm") is over the span
     * its sentence names, or the term or plan span, that ends in that year.
     */
    private String spanEndingIn(int pos, String period) {
        if (period == null || !period.matches("\\d{4}")) {
            return period;
        }
        for (String span : new String[] {spanOfSentence(pos), context.term(), context.period()}) {
            if (span != null && span.matches("\\d{4}-\\d{4}") && span.endsWith(period)) {
                return span;
            }
        }
        return period;
    }

    /** The first span of years its sentence names ("bình quân đạt 7%/năm giai đoạn 2021 - 2030"), or null. */
    private String spanOfSentence(int pos) {
        int sentence = sentences.sentenceStart(pos);
        for (int k = lastBefore(periods.size(), x -> periods.get(x).start(), sentence) + 1;
                k < periods.size() && sentences.sentenceStart(periods.get(k).start()) == sentence;
                k++) {
            if (periods.get(k).period().matches("\\d{4}-\\d{4}")) {
                return periods.get(k).period();
            }
        }
        return null;
    }

    /** Whether no period named in the block reaches the number: it takes the section's or the document's. */
    private boolean ownPeriodless(int pos) {
        String sectionPeriod = sectionPeriod();
        String own = periodAt(pos);
        return own == null ? sectionPeriod == null : own.equals(sectionPeriod) && !namesPeriodBefore(pos);
    }

    /** Whether the number's sentence names, before it, a period that is not a comparison's base. */
    private boolean namesPeriodBefore(int pos) {
        int sentence = sentences.sentenceStart(pos);
        for (int i = lastBefore(periods.size(), k -> periods.get(k).start(), pos); i >= 0; i--) {
            PeriodCues.PeriodCue cue = periods.get(i);
            if (cue.start() < sentence) {
                return false;
            }
            if (!cue.reference() && !inEarlierItem(cue, pos, sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The month a report is about as named last before the cue at {@code index} ("tháng 10/2024 tăng 32%; lũy kế năm
     * 2024 tăng 12%"), else the section's period.
     */
    private String reportedMonth(int index) {
        for (int i = index - 1; i >= 0 && i > index - NEAREST_CUES; i--) {
            if (!periods.get(i).reference()
                    && PeriodCues.partOfYear(periods.get(i).period())) {
                return PeriodCues.withYear(periods.get(i).period(), sectionPeriod());
            }
        }
        return sectionPeriod();
    }

    /**
     * Whether a year stands inside an earlier item of a list (after the list's ":", "cụ thể," or "trong đó" and
     * past the item's first words, with a ";" before the number): then it is that item's own. A period opening its item ("; đến năm
     * 2030, …") or standing before the list frames what follows.
     */
    private boolean inEarlierItem(PeriodCues.PeriodCue cue, int pos, int sentence) {
        if (sentences.samePart(cue.start(), pos) || !cue.period().matches("\\d{4}")) {
            return false; // "Trong đó: công nghiệp 10 tháng tăng 15%; bán lẻ tăng 9%": a report's months run on, as
            // does a span ("trong đó, tăng trưởng bình quân giai đoạn 2021-2025 đạt 6,7%; GRDP/người …")
        }
        int partEnd = text.indexOf(';', cue.end());
        if (partEnd > 0 && text.substring(cue.end(), partEnd).indexOf(':') >= 0) {
            return false; // "…, nhiệm kỳ 2025-2030, Đảng bộ đề ra các chỉ tiêu: A; B": the period leads the list
        }
        int from = Math.max(sentence, cue.start() - LIST_REACH);
        int opener = -1;
        int colon = lower.lastIndexOf(':', cue.start() - 1);
        if (colon >= from) {
            opener = colon + 1;
        }
        for (String words : LIST_OPENERS) {
            int at = lower.lastIndexOf(words, cue.start() - words.length());
            opener = at < from ? opener : Math.max(opener, at + words.length());
        }
        if (opener < 0) {
            return false;
        }
        int itemStart = Math.max(sentences.clauseStart(cue.start()), opener);
        String opening =
                itemStart < cue.start() ? text.substring(itemStart, cue.start()).strip() : "";
        return !opening.isEmpty() && opening.split("\\s+").length > ITEM_OPENING;
    }

    /**
     * Whether the span is the window a rate before the number is averaged over, in a phrase of its own, in a list a
     * period before frames ("Một số chỉ tiêu chủ yếu đến năm 2030: …"); the parts of the averaged rate ("…, trong đó
     * khu vực A tăng 0,95%") are averaged over it too.
     */
    private boolean averagingWindowOfAnother(PeriodCues.PeriodCue cue, int pos) {
        if (sentences.sameSegment(cue.start(), pos)
                || !AVERAGED_OVER
                        .matcher(lower.substring(Math.max(0, cue.start() - AVERAGED_REACH), cue.start()))
                        .find()) {
            return false; // the cheap tests first: this runs for every period before every number
        }
        int sentence = sentences.sentenceStart(pos);
        boolean framed =
                periods.stream().anyMatch(p -> !p.reference() && p.start() >= sentence && p.end() <= cue.start());
        return framed && !breaksDownTheAveragedRate(cue.end(), pos);
    }

    /** "… giai đoạn 2021-2023 chỉ tăng 0,4%/năm, trong đó khu vực A (+0,95%)": the rate's parts, right after it. */
    private boolean breaksDownTheAveragedRate(int windowEnd, int pos) {
        int breakdown = lower.indexOf("trong đó", windowEnd);
        return breakdown >= 0
                && breakdown < pos
                && candidates.stream()
                                .filter(c -> c.start > windowEnd && c.start < breakdown)
                                .count()
                        <= 1;
    }

    private static final Pattern AVERAGED_OVER =
            Pattern.compile("bình quân(?: (?:hằng|hàng|mỗi) năm)? (?:thời kỳ|giai đoạn|cả giai đoạn) $");

    private static final int AVERAGED_REACH = 40;

    /** Words that open a list of items as a ":" does: "Cụ thể, A; B", "đề ra 25 chỉ tiêu, trong đó A; B". */
    private static final List<String> LIST_OPENERS = List.of("cụ thể,", "trong đó");

    /** How far before a period its list's opener is looked for (keeps long paragraphs linear). */
    private static final int LIST_REACH = 1500;

    /** How many words may stand before a period that still opens its item ("; đến hết năm 2030, …"). */
    private static final int ITEM_OPENING = 3;

    /**
     * The year written right after a figure's unit, its own: "từ mức 51 triệu đồng/người năm 2023 lên 56 triệu
     * đồng/người năm 2024"; else null.
     */
    private String yearNamedAfter(Candidate c) {
        int from = Math.max(c.unitEnd, c.numberEnd);
        Matcher year = YEAR_AFTER.matcher(lower).region(from, lower.length());
        boolean compared =
                lower.substring(c.numberEnd, from).contains("tương đương"); // "59,7 tạ/ha tương đương năm 2021"
        return year.lookingAt() && !compared ? year.group(1) : null;
    }

    private static final Pattern YEAR_AFTER = Pattern.compile(" năm ((?:19|20)\\d\\d)(?![\\d/-])");

    /**
     * The earlier period a figure is said to be of: "thấp hơn mức tăng 6,58% của 6 tháng đầu năm 2022", "gần bằng mức
     * tăng 7,56% của quý 4/2017" in a report of a later period; null for any other figure.
     */
    private String earlierPeriodNamedAfter(Candidate c) {
        int from = Math.max(c.unitEnd, c.numberEnd);
        if (!lower.startsWith(" của ", from)) {
            return null;
        }
        String own = periodAt(c.start);
        for (PeriodCues.PeriodCue cue : periods) {
            if (cue.start() == from + " của ".length()) {
                return before(cue.period(), own) ? cue.period() : null;
            }
        }
        return null;
    }

    /** Whether {@code period} ends in an earlier year than {@code than}, or in an earlier month of the same year. */
    private static boolean before(String period, String than) {
        int year = DocumentContext.yearOf(period);
        int other = DocumentContext.yearOf(than);
        if (year == 0 || other == 0 || year != other) {
            return year > 0 && year < other;
        }
        Matcher a = MONTH_PERIOD.matcher(period);
        Matcher b = MONTH_PERIOD.matcher(than);
        return a.matches() && b.matches() && Integer.parseInt(a.group(1)) < Integer.parseInt(b.group(1));
    }

    private static final Pattern MONTH_PERIOD = Pattern.compile("T(\\d{1,2})/\\d{4}");

    /** A bracket naming the same figures of another time: "(Cơ cấu tương ứng quý I năm 2022: 18,42%; 41,45%)". */
    private static final Pattern CORRESPONDING = Pattern.compile("(?:\\p{L}+ ){0,3}tương ứng (?:của )?(?=\\S)");

    /** A period opening a bracket frames all of it when a "," or ":" follows it. */
    private static final Pattern FRAMES = Pattern.compile("\\s*[,:]");

    /**
     * The earlier period a bracket opens with, where the figure in it is the reference of the one before it: "(cùng kỳ
     * tăng 7,7%)", "(cùng kỳ năm 2026 tăng 0,4%)" (the same part of the year before), "(lãi suất quý II/2026 là 6,1%)"
     * (a period before the one outside). Null for any other figure.
     */
    private String earlierPeriodInBrackets(int pos) {
        int open = openBracketBefore(pos);
        if (open < 0) {
            return null;
        }
        String inner = Words.lower(text.substring(open + 1, pos)).strip();
        String outside = periodAt(open);
        int year = DocumentContext.yearOf(outside);
        if (year == 0 || outside.matches(".*\\d{4}\\D+\\d{4}.*")) {
            return null; // a span has no "same time" a year before
        }
        Matcher bare =
                YEAR_ITEM.matcher(inner.substring(inner.lastIndexOf(';') + 1).strip());
        if (bare.matches()) { // "(2003 tăng 7,0%; 2004 tăng 7,1%)": the same part of earlier years
            int base = Integer.parseInt(bare.group(1));
            return base < year ? outside.replace(Integer.toString(year), Integer.toString(base)) : null;
        }
        Matcher sameTime = SAME_TIME_NAMED.matcher(inner);
        if (sameTime.find()
                && !CHANGE_AFTER.matcher(inner.substring(sameTime.end())).find()) {
            // "(Cơ cấu tương ứng của cùng kỳ năm 2026 là: 23,1%; 40,1%)": the same figures a year before
            int base = sameTime.group(1) != null ? Integer.parseInt(sameTime.group(1)) : year - 1;
            return base < year ? outside.replace(Integer.toString(year), Integer.toString(base)) : null;
        }
        List<PeriodCues.PeriodCue> framing = PeriodCues.findAll(inner);
        if (!framing.isEmpty()
                && (framing.get(0).start() == 0 || CORRESPONDING.matcher(inner).lookingAt())
                && FRAMES.matcher(inner.substring(framing.get(0).end())).lookingAt()) {
            // "(năm 2016, chiều cao trung bình của nam là 164,4 cm và nữ 153,4 cm)": the bracket's own earlier time
            int base = DocumentContext.yearOf(framing.get(0).period());
            return base > 0 && base < year ? framing.get(0).period() : null;
        }
        if (inner.split("\\s+").length > BRACKET_WORDS) {
            return null;
        }
        Matcher same = SAME_TIME.matcher(inner);
        if (same.matches()) {
            int base = same.group(1) != null ? Integer.parseInt(same.group(1)) : year - 1;
            return base < year ? outside.replace(Integer.toString(year), Integer.toString(base)) : null;
        }
        for (PeriodCues.PeriodCue cue : PeriodCues.findAll(inner)) {
            int named = DocumentContext.yearOf(cue.period());
            if (named > 0 && named < year && PeriodCues.partOfYear(cue.period()) == PeriodCues.partOfYear(outside)) {
                return cue.period();
            }
        }
        return null;
    }

    /**
     * A baseline written "cùng kỳ 2019 là 3,1%", "cùng kỳ năm 2019: …" is the same part of that year as {@code period}
     * ("9T/2020" → "9T/2019"); any other keeps {@code period}.
     */
    private String sameTimeOfNamedYear(Candidate c, String period) {
        int pos = c.start;
        int from = Math.max(c.unitEnd, c.numberEnd);
        Matcher of = BlockReader.RATE_OF_ANOTHER_TIME.matcher(lower).region(from, lower.length());
        if (of.lookingAt()) { // "mức tăng 5,1% cùng kỳ", "mức tăng 6,8% của quý 4/2026": the time it is of
            String named = PeriodCues.firstIn(lower.substring(from, Math.min(lower.length(), from + NAMED_YEAR_REACH)));
            int year = DocumentContext.yearOf(period);
            if (named != null && DocumentContext.yearOf(named) > 0) {
                return named;
            }
            return year > 0 && !period.matches(".*\\d{4}\\D+\\d{4}.*")
                    ? period.replace(Integer.toString(year), Integer.toString(year - 1))
                    : period;
        }
        Matcher named = SAME_TIME_OF_YEAR.matcher(lower).region(Math.max(0, pos - NAMED_YEAR_REACH), pos);
        int year = DocumentContext.yearOf(period);
        if (!named.find() || year == 0 || period.matches(".*\\d{4}\\D+\\d{4}.*")) {
            return period;
        }
        int base = Integer.parseInt(named.group(1));
        return base < year ? period.replace(Integer.toString(year), Integer.toString(base)) : period;
    }

    private static final int NAMED_YEAR_REACH = 30;

    private static final Pattern SAME_TIME_OF_YEAR =
            Pattern.compile("cùng kỳ(?: của)?(?: năm)? ((?:19|20)\\d\\d)\\s*(?::|là|đạt)?\\s*$");

    /** "cùng kỳ (năm 2026)" named in a bracket as whose figures follow, not as a change's base ("so với cùng kỳ"). */
    private static final Pattern SAME_TIME_NAMED =
            Pattern.compile("(?<!so )(?<!so với )cùng kỳ(?: năm trước| năm ((?:19|20)\\d\\d))?(?!\\p{L})");

    private static final Pattern CHANGE_AFTER = Pattern.compile("(?<!\\p{L})(?:tăng|giảm|so)(?!\\p{L})");

    /** How many words a reference bracket may hold before its figure: a subject, a period and a verb. */
    private static final int BRACKET_WORDS = 7;

    /** An item of a bracket that opens with a bare year: "2004 tăng 7,1%". */
    private static final Pattern YEAR_ITEM = Pattern.compile("((?:19|20)\\d\\d):? ?(?:tăng|giảm|đạt|là)?");

    private static final Pattern SAME_TIME = Pattern.compile(
            "cùng kỳ(?: năm trước| năm ((?:19|20)\\d\\d))?(?: \\p{L}+){0,2}? ?(?:tăng|giảm|đạt|là|bằng|:)?");

    /** The "(" still open before {@code pos} in its sentence, within a bracket's reach; else -1. */
    private int openBracketBefore(int pos) {
        int from = Math.max(sentences.sentenceStart(pos), pos - BRACKET_REACH);
        for (int i = pos - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == ')') {
                return -1;
            }
            if (ch == '(') {
                return i;
            }
        }
        return -1;
    }

    private static final int BRACKET_REACH = 80;

    /**
     * "Kết quả … đến cùng thời điểm nêu trên: …": the figures are as of the time an earlier sentence named ("đến ngày
     * 15/10/2027"), not the report's period.
     */
    private static final Pattern SAME_TIME_AS_BEFORE =
            Pattern.compile("cùng thời điểm (?:nêu trên|trên|này|đó|nói trên)(?!\\p{L})");

    /** How far before its number the words naming the time before are looked for (keeps long sentences linear). */
    private static final int SAME_TIME_REACH = 300;

    /**
     * Whether the words before a number state the present ("Đến nay, tỷ lệ hộ nghèo còn 1,4%") with no period named
     * after them ("… tầm nhìn đến năm 2030, đến nay đã thu nhận 48.651 thẻ": the year names the programme).
     */
    private static boolean presentState(String opening) {
        Matcher present = PRESENT.matcher(opening);
        int end = -1;
        while (present.find()) {
            end = present.end();
        }
        return end >= 0 && PeriodCues.firstIn(opening.substring(end)) == null;
    }

    /** Words of the present state ("đến nay", "hiện nay", "hiện có"): the figure is as of the document's year. */
    private static final Pattern PRESENT =
            Pattern.compile("(?<!\\p{L})(?:đến nay|hiện nay|hiện có|hiện còn|đến thời điểm này)(?!\\p{L})");

    /** "Hiện tỷ trọng nông nghiệp chiếm 34%": "hiện" opening a sentence (not "hiện đại", "hiện thực"). */
    private static final Pattern NOW_OPENING = Pattern.compile("\\s*hiện (?!đại|thực|trạng|hành|tượng|diện|nay)");

    /** How far before its number a present-state word is looked for (its sentence's opening words; keeps it linear). */
    private static final int PRESENT_REACH = 160;

    /**
     * The year of writing; where that is not the page's own date (a page posted in January may still describe the year
     * before, a congress meets as its term begins), the year of its period.
     */
    private String documentYear() {
        int year = context.writtenYear() > 0 && !context.dateNotItsOwn()
                ? context.writtenYear()
                : DocumentContext.yearOf(sectionPeriod());
        return year > 0 ? Integer.toString(year) : sectionPeriod();
    }

    private static final Pattern EVERY_YEAR = Pattern.compile("\\b(?:hàng|hằng|mỗi) năm\\b");

    /**
     * A target to be met every year ("Hằng năm, số vụ … tăng trên 3%", "mỗi năm phát triển từ 05 bộ dữ liệu") holds for
     * each year of the plan: where its sentence names no period before it, its period is the plan's span.
     */
    private String yearlyFlow(int pos, String period) {
        String before = Words.lower(text.substring(sentences.sentenceStart(pos), pos));
        if (period == null
                || !period.matches("\\d{4}")
                || !EVERY_YEAR.matcher(before).find()
                || PeriodCues.firstIn(before) != null) { // "hằng năm …, đến năm 2030 đạt 50%": a stock at the horizon
            return period;
        }
        int year = Integer.parseInt(period);
        String plan = context.period();
        if (plan != null && plan.matches("\\d{4}-\\d{4}") && DocumentContext.yearOf(plan) == year) {
            return plan;
        }
        int written = context.writtenYear();
        return written > 0 && written < year ? written + "-" + year : period;
    }

    /**
     * A growth per year reported with no period in its sentence ("GRDP ước tăng bình quân 7,6%/năm") is an average over
     * a span: the last span the block names before it ("… 5 năm 2021-2025 …"), else the one the paragraph before it
     * named, where that span ends in the figure's own year.
     */
    private String spanOfAverage(int pos, String period) {
        if (period == null
                || !period.matches("\\d{4}")
                || PeriodCues.firstIn(text.substring(sentences.sentenceStart(pos), pos)) != null) {
            return period;
        }
        for (int i = lastBefore(periods.size(), k -> periods.get(k).start(), pos); i >= 0; i--) {
            String named = periods.get(i).period();
            if (!periods.get(i).reference() && named.matches("\\d{4}-\\d{4}")) {
                return named;
            }
        }
        String before = section.spanBefore();
        return before != null && DocumentContext.yearOf(before) == Integer.parseInt(period) ? before : period;
    }

    /** The last span of years the block names ("5 năm 2021-2025"), not as a comparison's base; else null. */
    String lastSpan() {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (!periods.get(i).reference() && periods.get(i).period().matches("\\d{4}-\\d{4}")) {
                return periods.get(i).period();
            }
        }
        return null;
    }

    /** Whether a bracket open at {@code from} closes before {@code to}: "(theo chuẩn giai đoạn 2021-2025)" dates nothing after it. */
    private boolean closedBracketBetween(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country where the number's phrase names it ("cả nước là 9,2%"), else the commune its clause names before
     * it ("tại phường Quyết Thắng làm chết 79 con"), else the document's area.
     */
    private String areaAt(int pos) {
        String segment = Words.lower(text.substring(Math.max(sentences.segmentStart(pos), pos - NATIONAL_REACH), pos));
        if (NATIONAL.matcher(segment).find()) {
            return "cả nước"; // "(bình quân cả nước tăng 9,3%)": the national figure quoted for comparison
        }
        int last = lastBefore(areas.size(), k -> areas.get(k).start(), pos);
        for (int i = last; i >= 0 && i > last - NEAREST_CUES; i--) {
            DocumentContext.NamedArea area = areas.get(i);
            if (area.end() <= pos
                    && sentences.sameClause(area.start(), pos)
                    && !closedBracketBetween(area.start(), pos)) {
                return area.name();
            }
        }
        if (!areas.isEmpty()
                && areas.get(0).end() <= pos
                && PLACE_OPENING.matcher(lower).region(0, areas.get(0).start()).matches()
                && !WHOLE_AREA
                        .matcher(lower)
                        .region(sentences.clauseStart(pos), pos)
                        .find()) {
            // "Tại phường Tân Định, năm 2025, thu … Kết quả này …", "Huyện Cai Lậy có 793 hộ nghèo …; 2.036 hộ cận
            // nghèo …": the paragraph is that place's, unless a clause speaks of the whole ("toàn tỉnh có …")
            return areas.get(0).name();
        }
        return headingArea != null ? headingArea : context.area();
    }

    /** A paragraph opening with the place it is about: "Tại phường X, …", "Ở huyện Y, …", "Huyện Y có …". */
    private static final Pattern PLACE_OPENING = Pattern.compile("\\W*(?:(?:tại|ở|riêng) )?");

    private static final Pattern WHOLE_AREA =
            Pattern.compile("\\b(?:toàn|cả) (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)\\b");

    /**
     * Whether the number counts provinces on a page that counts them against the whole country ("16/34 địa phương", "…
     * trong cả nước", see {@link DocumentContext#countsProvincesOfCountry}): such counts are the country's, whichever
     * province's page quotes them.
     */
    private boolean countsProvincesOfCountry(Candidate c) {
        return countsProvinces(c) && context.countsProvincesOfCountry();
    }

    private static boolean countsProvinces(Candidate c) {
        return c.unit != null && PROVINCE_UNITS.contains(c.unit);
    }

    /** Units a count of provinces is read with ("16 địa phương", "12 tỉnh, thành phố"). */
    private static final Set<String> PROVINCE_UNITS = Set.of("địa", "địa phương", "tỉnh", "tỉnh, thành phố");

    /** How far before a number "cả nước" is looked for (its few words; keeps long phrases linear). */
    private static final int NATIONAL_REACH = 60;

    /** "cả nước" a few words before the number: "cả nước tăng 9,3%", "mức tăng cả nước là 9,2%" (not "… cả nước với …"). */
    private static final Pattern NATIONAL =
            Pattern.compile("(?:cả nước|toàn quốc)(?: (?!với\\b|có\\b)[\\p{L}]+){0,3} ?$");

    private String sectionPeriod() {
        return section.period() != null ? section.period() : context.period();
    }

    /** Only this many cues before a number are weighed (besides those opening the block), so long blocks stay linear. */
    private static final int NEAREST_CUES = 12;

    /** Index of the last cue starting before {@code pos}, or -1 (cues are sorted by start). */
    private static int lastBefore(int size, IntUnaryOperator startOf, int pos) {
        int low = 0;
        int high = size - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (startOf.applyAsInt(mid) < pos) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** The cue indexes to weigh, nearest first: the few before the number, then the first few of the block (lead-ins). */
    private static int[] nearestFirst(int size, int last) {
        LinkedHashSet<Integer> order = new LinkedHashSet<>();
        for (int i = last; i >= 0 && i > last - NEAREST_CUES; i--) {
            order.add(i);
        }
        for (int i = Math.min(last, 3); i >= 0; i--) {
            order.add(i);
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether only spaces stand before {@code offset} on its line of the document. */
    private boolean opensLine(int offset) {
        String original = document.lines().get(block.lineAt(offset) - 1);
        int column = Math.min(block.columnAt(offset), original.length());
        for (int i = column - 1; i >= 0; i--) {
            if (!Character.isWhitespace(original.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The shortest span of the number's line showing it with its comparator words and unit, copied as written. */
    private String quote(Candidate c, int line) {
        int start = Words.startOfWordsBefore(text, c.start, 2);
        int end = Math.max(c.unitEnd, c.numberEnd);
        String after = Words.after(text, end, 2);
        if (after.startsWith("trở lên")) {
            end = Words.endOfWordsAfter(text, end, 2);
        }
        while (start < c.start && block.lineAt(start) != line) {
            start++;
        }
        while (end > c.numberEnd && block.lineAt(end - 1) != line) {
            end--;
        }
        String original = document.lines().get(line - 1);
        int from = Math.max(0, Math.min(block.columnAt(start), original.length()));
        int to = Math.max(from, Math.min(block.columnAt(Math.max(start, end - 1)) + 1, original.length()));
        return original.substring(from, to).strip();
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}

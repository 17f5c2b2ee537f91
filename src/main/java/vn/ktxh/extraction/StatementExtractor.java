package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document into its indicator statements. Each number that is a quantity becomes a statement whose kind
 * and period come from its own sentence ("ước đạt", "đến năm 2030"), else from the lead-in or heading it stands
 * under ("Ước thực hiện năm 2024:", "IV. MỤC TIÊU PHÁT TRIỂN NĂM 2025"), else from the document (a plan's figures
 * are targets, a report's are results), and whose area is the document's own.
 */
public final class StatementExtractor {

    /** A heading that counts what it lists: "1. Phát triển kinh tế số đến năm 2030 (16 mục tiêu)" — structure, no record. */
    private static final Pattern ITEMS_COUNTED = Pattern.compile(
            "\\(\\d{1,3} (?:mục tiêu|chỉ tiêu|nhiệm vụ|nội dung|giải pháp|nhóm|lĩnh vực)[^)]{0,20}\\)\\s*:?\\s*$");

    /**
     * Sections of a plan that set the rules of its contest ("Tiêu chí đánh giá, xếp loại", "Cách thức xếp hạng", "KHEN
     * THƯỞNG"): their numbers are conditions and quotas ("nếu có từ 02 địa phương", "không quá 10% tập thể"), not figures.
     */
    private static final Pattern RULES = Pattern.compile(
            "^\\W*(?:[ivx]+|\\d+|[a-zđ])?[.)]?\\s*(?:khen thưởng|cách thức xếp|tiêu chí đánh giá|thang điểm|tiêu chuẩn (?:thi đua|khen|xếp))");

    /** Headings nest at most this deep (see {@link HeadingMarker}). */
    private static final int LEVELS = 6;

    public List<IndicatorStatement> extract(DocumentText document) {
        DocumentContext context = DocumentContext.of(document.name(), document.lines());
        List<IndicatorStatement> out = new ArrayList<>();
        TableReader.Tables tables = TableReader.read(document, context);
        TreeMap<Integer, Section> sections = new TreeMap<>();
        Kind[] kinds = new Kind[LEVELS];
        String[] periods = new String[LEVELS];
        String[] headings = new String[LEVELS];
        boolean[] rules = new boolean[LEVELS];
        List<IndicatorStatement> fromText = new ArrayList<>();
        Section leadIn = null;
        String leadInMarker = null;
        String spanBefore = null;
        Kind kindBefore = null;
        String targetsBefore = null;
        for (TextFlow.Block block : TextFlow.of(tables.textLines(document.lines()), tables.lines())) {
            boolean listItem = TextFlow.startsWithListItem(block.text().strip());
            if (block.heading()
                    || !listItem
                    || leadInMarker != null && block.text().strip().startsWith(leadInMarker)) {
                leadIn = null; // also at a sibling of the item that led in: "- A ước … như sau:", "+ …", "- B …"
            }
            if (block.heading()) {
                int level = Math.min(block.level(), LEVELS - 1);
                kinds[level] = KindCues.ofHeading(block.text(), level, context.plan());
                periods[level] = PeriodCues.withYear(PeriodCues.firstIn(block.text()), context.period());
                headings[level] = block.text();
                rules[level] = context.plan()
                        && RULES.matcher(Words.lower(block.text())).find();
                for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                    rules[deeper] = false;
                    kinds[deeper] = null;
                    periods[deeper] = null;
                    headings[deeper] = null;
                }
                sections.put(
                        block.lineAt(0) - 1,
                        new Section(deepest(kinds), deepest(periods), deepest(headings), null, null, null));
                spanBefore = null;
                kindBefore = null;
                targetsBefore = null;
                if (!numberedItem(block.text())) {
                    continue;
                }
            }
            Section section = new Section(
                    deepest(kinds), deepest(periods), deepest(headings), spanBefore, kindBefore, targetsBefore);
            if (leadIn != null) {
                section = new Section(
                        leadIn.kind() != null ? leadIn.kind() : section.kind(),
                        leadIn.period() != null ? leadIn.period() : section.period(),
                        section.heading(),
                        spanBefore,
                        kindBefore,
                        targetsBefore);
            }
            BlockStatements statements = new BlockStatements(document, context, block, section);
            if (!anyOf(rules)) {
                List<IndicatorStatement> found = statements.statements();
                fromText.addAll(found);
                kindBefore = found.isEmpty()
                        ? kindBefore
                        : found.get(found.size() - 1).kind();
                // an item of a list led in ("Kế hoạch năm 2025 phấn đấu:") has its kind from the lead-in, which ends
                // with the list
                targetsBefore = found.isEmpty()
                        ? targetsBefore
                        : leadIn == null ? targetsListed(found, block.text(), context) : null;
            }
            String span = statements.lastSpan();
            spanBefore = span != null ? span : spanBefore;
            if (!block.heading() && block.text().strip().endsWith(":")) {
                leadIn = leadIn(block.text(), context);
                leadInMarker = listItem ? marker(block.text().strip()) : null;
            }
        }
        out.addAll(fromText);
        out.addAll(TableReader.statements(tables, document, context, line -> {
            Map.Entry<Integer, Section> above = sections.floorEntry(line);
            return above == null ? new Section(null, null, null, null, null, null) : above.getValue();
        }));
        out.replaceAll(s -> settled(s, context));
        out.sort(Comparator.comparingInt(IndicatorStatement::line));
        return out;
    }

    /**
     * The year a paragraph ends listing targets for, when it has not begun at the document's date and the paragraph
     * ends as running text does (a headline without its full stop sums up, it lists nothing); else null.
     */
    private static String targetsListed(List<IndicatorStatement> found, String block, DocumentContext context) {
        IndicatorStatement last = found.get(found.size() - 1);
        boolean runningText = block.strip().endsWith(".") || block.strip().endsWith(";");
        return last.kind() == Kind.TARGET && runningText && context.notBegun(last.period()) ? last.period() : null;
    }

    /** A part of a year: "6T/2025", "Q3/2025", "T10/2025" (group 1 the year). */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?:\\d{1,2}T|Q[1-4]|T\\d{1,2})/(\\d{4})");

    /**
     * What holds whatever the sentence said: an estimate or a result for a year not begun at the document's date is
     * what the document plans for it, a target; and targets are set for years, so one a half-year's report quotes
     * ("tăng 9,6% (KH cả năm 8,3%)") is for the year of that report.
     */
    private static IndicatorStatement settled(IndicatorStatement s, DocumentContext context) {
        boolean reported = s.kind() == Kind.ESTIMATE || s.kind() == Kind.ACTUAL;
        Kind kind = reported && context.notBegun(s.period()) ? Kind.TARGET : s.kind();
        Matcher part = s.period() == null ? null : PART_OF_YEAR.matcher(s.period());
        String period = kind == Kind.TARGET && part != null && part.matches() ? part.group(1) : s.period();
        return kind == s.kind() && Objects.equals(period, s.period()) ? s : s.as(kind, period);
    }

    /**
     * A paragraph ending in ":" ("Ước thực hiện cả năm 2024:", "Kế hoạch năm 2025 phấn đấu:") gives the list items below
     * it the kind and period its words state, until a heading or a paragraph that is not a list item.
     */
    private static Section leadIn(String block, DocumentContext context) {
        String text = block.substring(new SentenceSplitter(block).sentenceStart(block.length() - 1));
        String period = PeriodCues.withYear(PeriodCues.firstIn(text), context.period());
        Kind kind = KindCues.ofLeadIn(text, period, context.writtenYear());
        return kind == null && period == null ? null : new Section(kind, period, null, null, null, null);
    }

    /** The bullet a list item opens with ("- ", "+ "), or null for a numbered one. */
    private static String marker(String item) {
        return Character.isLetterOrDigit(item.charAt(0)) || item.charAt(0) == '(' ? null : item.substring(0, 2);
    }

    /**
     * A numbered line in running case ("1. Thu ngân sách trên địa bàn đạt 1.595,3 triệu đồng") is both a heading
     * for what follows and a statement of its own; a heading in capitals is only a heading.
     */
    private static boolean numberedItem(String text) {
        if (ITEMS_COUNTED.matcher(text).find()) {
            return false;
        }
        return !text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isDigit);
    }

    /**
     * What the headings above a block say: its kind and period, and the heading text (for the sector); and, from the
     * paragraphs before it under that heading, the last span of years named (what an average reported later is over) and
     * the kind of the last figure (what a paragraph opening "Trong đó, …" breaks down), and the year whose targets the
     * paragraph before went on listing (which the next one, with no period or result of its own, still lists).
     */
    record Section(
            Kind kind, String period, String heading, String spanBefore, Kind kindBefore, String targetsBefore) {}

    private static boolean anyOf(boolean[] levels) {
        for (boolean level : levels) {
            if (level) {
                return true;
            }
        }
        return false;
    }

    private static <T> T deepest(T[] levels) {
        for (int i = levels.length - 1; i >= 0; i--) {
            if (levels[i] != null) {
                return levels[i];
            }
        }
        return null;
    }
}

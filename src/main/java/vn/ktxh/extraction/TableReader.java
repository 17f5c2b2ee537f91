package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of a document ({@link TableLayout}) through their column model ({@link ColumnModel}): each value
 * cell of a row is a statement, with the kind and period of its column (else of the section the table stands in),
 * the unit of the ĐVT column, the row label ("Tỷ lệ hộ nghèo (%)"), the column heading or the table's "ĐVT:" caption,
 * and the % of plan or change of a comparison column. An empty cell or "-" is no statement, a "0" is one. A table
 * with no value column (targets written as sentences: "TT | Chỉ tiêu | Chủ trì") goes back to the running text, its
 * label cells only; a scoring table ("Điểm chuẩn") holds rules of a contest, not figures.
 */
final class TableReader {

    /** Value tables with their models, the lines they take, and the lines of sentence tables rewritten as text. */
    record Tables(List<ValueTable> values, Set<Integer> lines, Map<Integer, String> rewritten) {

        /** The document's lines as the running text reads them: sentence tables as their label cells. */
        List<String> textLines(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            rewritten.forEach(out::set);
            return out;
        }
    }

    /** {@code byArea}: the title reads "phân theo huyện", so its rows are the province's parts, in the total's unit. */
    record ValueTable(
            TableLayout.Table table,
            ColumnModel model,
            int header,
            String captionUnit,
            boolean byArea,
            boolean english) {}

    private static final Pattern COLUMN_NUMBER =
            Pattern.compile("[(\\[]?(?:\\d{1,2}|[A-H])[)\\]]?(?:\\s*[=*/+x×-].*)?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final int HEADER_ROWS = 4;
    /** The English half of a bilingual label: "Người - Person", "Sơ bộ - Prel. 2023". */
    private static final Pattern ENGLISH_GLOSS = Pattern.compile("\\s[-–]\\s+[A-Za-z][A-Za-z .,()]*$");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TableReader() {}

    static Tables read(DocumentText document, DocumentContext context) {
        List<ValueTable> values = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        Map<Integer, String> rewritten = new HashMap<>();
        ColumnModel previous = null;
        for (TableLayout.Table table : TableLayout.find(document.lines())) {
            List<List<TableLayout.Cell>> rows = table.rows();
            int header = headerRows(rows);
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            ColumnModel model = header == 0 && previous != null && previous.width() == width
                    ? previous
                    : ColumnModel.of(rows.subList(0, header), width, yearNow(context), context.plan())
                            .withFigureColumns(rows.subList(header, rows.size()));
            previous = model;
            if (model.hasValues() || model.scoring()) {
                taken.addAll(table.lines());
                if (!model.scoring()) {
                    values.add(new ValueTable(
                            table,
                            model,
                            header,
                            captionUnit(document.lines(), table.lines().get(0)),
                            byArea(document.lines(), table.lines().get(0)),
                            rows.stream().anyMatch(TableRow::writesEnglish))); // "7,599,800" over "941,550"
                }
            } else {
                rewriteAsText(document.lines(), table, model, header, rewritten);
            }
        }
        return new Tables(values, taken, rewritten);
    }

    /** The statements of the value tables; {@code sectionAt} gives the kind and period of the headings above a line. */
    static List<IndicatorStatement> statements(
            Tables tables,
            DocumentText document,
            DocumentContext context,
            IntFunction<StatementExtractor.Section> sectionAt) {
        List<IndicatorStatement> out = new ArrayList<>();
        for (ValueTable t : tables.values()) {
            StatementExtractor.Section section =
                    sectionAt.apply(t.table().lines().get(0));
            List<List<TableLayout.Cell>> rows = t.table().rows();
            String sectionUnit = null;
            String totalUnit = null; // the unit of the last row naming one, for the rows breaking it down
            boolean breakdown = false;
            for (int r = t.header(); r < rows.size(); r++) {
                List<TableLayout.Cell> row = rows.get(r);
                if (isColumnNumbers(row)) {
                    continue;
                }
                if (row.stream().allMatch(c -> TableRow.numberIn(c.text()) == null && !TableRow.isDash(c.text()))) {
                    sectionUnit = sectionUnit(row);
                    breakdown = BREAKDOWN.matcher(Words.lower(labelOf(row))).lookingAt();
                    continue;
                }
                String own = ColumnModel.unitIn(labelOf(row));
                totalUnit = own != null ? own : totalUnit;
                breakdown &= own == null;
                String label = Words.lower(labelOf(row)).strip();
                boolean part = own == null
                        && !OWN_MEASURE.matcher(label).lookingAt()
                        && (t.byArea()
                                || PART.matcher(label).matches()
                                || BREAKDOWN.matcher(label).lookingAt());
                String unit = sectionUnit != null ? sectionUnit : breakdown || part ? totalUnit : null;
                new TableRow(
                                document,
                                context,
                                t.model(),
                                aligned(row, t.model()),
                                section,
                                unit != null ? unit : t.captionUnit(),
                                t.byArea(),
                                t.english())
                        .statements(out);
            }
        }
        return out;
    }

    /**
     * A row announcing that those under it break the row above down ("Phân theo loại hình - By types of ownership",
     * "Chia ra", "Trong đó"): they count in its unit.
     */
    private static final Pattern BREAKDOWN = Pattern.compile("(?:phân theo|chia theo|chia ra|trong đó)");

    /**
     * A row naming a measure of its own, not a part of the total above ("Trong đó: Số giường bệnh viện ngoài công lập",
     * "Tổng số hộ"), though it opens as a part does ("Trong đó: Quốc doanh").
     */
    private static final Pattern OWN_MEASURE =
            Pattern.compile("(?:" + BREAKDOWN.pattern() + "\\s*+:?+\\s*+)?(?:số |tỷ lệ|tổng|giá trị|chỉ số|bình quân)");

    /**
     * A row naming a part of the total above it by ownership, sex or residence ("Công lập - Public", "Nữ", "Nông
     * thôn"): it counts in the total's unit.
     */
    private static final Pattern PART = Pattern.compile(
            "(?:[-+] ?)?(?:công lập|ngoài công lập|tư thục|dân lập|nam|nữ|thành thị|nông thôn|nhà nước|ngoài nhà nước"
                    + "|khu vực có vốn đầu tư nước ngoài|trung ương|địa phương)(?: ?[-–] ?[A-Za-z][A-Za-z. -]*)?");

    /**
     * The year the table's year columns are judged from (past ones hold results, later ones targets): the document's
     * date; an undated statistical page (no plan) holds results in every column, 0.
     */
    private static int yearNow(DocumentContext context) {
        return context.dated() || context.plan() ? context.writtenYear() : 0;
    }

    private static String labelOf(List<TableLayout.Cell> row) {
        return row.stream()
                .map(TableLayout.Cell::text)
                .filter(text -> !text.isEmpty() && !TableLayout.isNumbering(text))
                .findFirst()
                .orElse("");
    }

    /** How many rows on top are headings: rows without figures (a bare year is a heading), at most four. */
    static int headerRows(List<List<TableLayout.Cell>> rows) {
        int h = 0;
        while (h < rows.size()
                && h < HEADER_ROWS
                && rows.get(h).size() >= 2
                && !isColumnNumbers(rows.get(h))
                && !hasFigures(rows.get(h))
                && !(h > 0
                        && TableLayout.isNumbering(rows.get(h).get(0).text())
                        && !rows.get(h).get(0).isEmpty())) {
            h++;
        }
        return h;
    }

    private static boolean hasFigures(List<TableLayout.Cell> row) {
        for (int c = 1; c < row.size(); c++) {
            String text = row.get(c).text();
            if (TableRow.numberIn(text) != null && !YEAR.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** "1 | 2 | 3 | 4=3/2 | …" or "(A) | (B) | (1)": the row that numbers the columns. */
    static boolean isColumnNumbers(List<TableLayout.Cell> row) {
        int filled = 0;
        for (TableLayout.Cell cell : row) {
            if (cell.isEmpty()) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(cell.text()).matches()) {
                return false;
            }
            filled++;
        }
        return filled >= 3;
    }

    /**
     * A row as wide as the model. A row with dropped empty cells keeps its label cells on the left (its label under the
     * name, not the numbering) and its figures on the right, under the last columns.
     */
    static List<TableLayout.Cell> aligned(List<TableLayout.Cell> row, ColumnModel model) {
        int width = model.width();
        if (row.size() >= width) {
            return row.subList(0, width);
        }
        if (model.columns().get(0).role() == ColumnModel.Role.NUMBERING
                && !row.get(0).isEmpty()
                && !TableLayout.isNumbering(row.get(0).text())
                && TableRow.numberIn(row.get(0).text()) == null) {
            // "- Các ngành dịch vụ tăng (%) | 12,7 | …" under "STT | Chỉ tiêu | …": an item without its number
            List<TableLayout.Cell> numbered = new ArrayList<>();
            numbered.add(new TableLayout.Cell("", row.get(0).line(), 0));
            numbered.addAll(row);
            row = numbered;
            if (row.size() >= width) {
                return row.subList(0, width);
            }
        }
        int labels = 0;
        while (labels < row.size()
                        && TableRow.numberIn(row.get(labels).text()) == null
                        && !TableRow.isDash(row.get(labels).text())
                || labels == 0
                        && labels < row.size()
                        && TableLayout.isNumbering(row.get(0).text())) {
            labels++;
        }
        List<TableLayout.Cell> out = new ArrayList<>(row.subList(0, labels));
        TableLayout.Cell blank = new TableLayout.Cell("", row.get(0).line(), 0);
        TableLayout.Cell last = row.get(row.size() - 1);
        boolean note = row.size() > labels + 1
                && model.columns().get(width - 1).role() == ColumnModel.Role.OTHER
                && !last.isEmpty()
                && TableRow.numberIn(last.text()) == null
                && !TableRow.isDash(last.text());
        if (last.isEmpty() && row.size() > labels + 1) {
            // " | - Dịch vụ (%) | 6,78 | 6,9 | 7,39% | " under "… | Ước TH 2019 | | Ghi chú": a row written out to its
            // empty last cells keeps its figures under the first value columns
            out.addAll(row.subList(labels, row.size()));
            while (out.size() < width) {
                out.add(blank);
            }
            return out;
        }
        if (row.size() == width - 1 && model.columns().get(width - 1).role() == ColumnModel.Role.OTHER) {
            // "1 | Tổng giá trị sản xuất | tỷ đồng | 2.482 | 41,06 | 5.114 | 21,45" under "… | Dự kiến 2010 | Tốc độ …
            // |
            // Ghi chú": only the note at the end is left out
            out.addAll(row.subList(labels, row.size()));
            out.add(blank);
            return out;
        }
        if (note) {
            // "1 | GRDP (%) | 6,61 | 7,5-8,0 | 7,18 | Không đạt" under "… | Ước TH 2019 | | Ghi chú": the figures stay
            // under the first value columns, the note under its own
            out.addAll(row.subList(labels, row.size() - 1));
            while (out.size() < width - 1) {
                out.add(blank);
            }
            out.add(last);
            return out;
        }
        while (out.size() + row.size() - labels < width) {
            out.add(blank);
        }
        out.addAll(row.subList(labels, row.size()));
        return out;
    }

    /**
     * The unit a section row declares for the rows under it, as statistical tables write it: a row that is only a unit
     * ("Người - Person", "Tấn") or ends with one in parentheses ("Tỷ lệ tăng - Growth rate (%)"); an English gloss after
     * " - " is dropped. Any other section row declares none.
     */
    static String sectionUnit(List<TableLayout.Cell> row) {
        String label = labelOf(row);
        String inParentheses = ColumnModel.unitIn(label);
        if (inParentheses != null) {
            return inParentheses;
        }
        Matcher afterDash = SIGN_AFTER_DASH.matcher(label);
        if (afterDash.find()) {
            return afterDash.group(1); // "Chỉ số phát triển (Năm trước = 100) - % Index (…) - %"
        }
        String own = ENGLISH_GLOSS.matcher(label).replaceFirst("").strip();
        UnitLexicon.Unit unit = UnitLexicon.whole(own);
        return unit != null ? unit.name() : null;
    }

    /** A percent or per mille sign written after " - " in a section row, the yearbook's way of giving its unit. */
    private static final Pattern SIGN_AFTER_DASH = Pattern.compile("\\s-\\s*([%‰])(?=\\s|$)");

    /** A title breaking its figures down by the province's parts: "phân theo huyện", "phân theo đơn vị hành chính". */
    private static final Pattern BY_AREA = Pattern.compile(
            "(?:phân|chia) theo (?:huyện|quận|xã|đơn vị hành chính|địa phương|địa bàn)|(?<!\\p{L})by districts?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean byArea(List<String> lines, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 4; i--) {
            if (BY_AREA.matcher(lines.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    /** "ĐVT:", "Đơn vị tính:", and a yearbook's bilingual "Đơn vị tính - Unit:". */
    private static final Pattern CAPTION_UNIT = Pattern.compile("(?:đvt|đơn vị tính)(?: ?- ?unit)? ?:");

    /** "ĐVT: tỷ đồng" or "Đơn vị tính: %" on one of the three lines above a table, or a unit on a line of its own. */
    private static String captionUnit(List<String> lines, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            String lower = lines.get(i).toLowerCase(Locale.ROOT);
            Matcher caption = CAPTION_UNIT.matcher(lower);
            if (caption.find()) {
                String written =
                        lower.substring(caption.end()).replaceAll("[()]", " ").strip();
                UnitLexicon.Unit unit = UnitLexicon.parse(" " + written, 0);
                return unit != null ? unit.name() : written.isEmpty() ? null : written;
            }
            String line = lines.get(i).strip();
            String alone = sectionUnit(List.of(new TableLayout.Cell(line, i, 0)));
            if (alone != null && (ColumnModel.unitIn(line) == null || line.startsWith("("))) {
                return alone; // a yearbook writes the unit on a line of its own above the table: "Ha", "%"; a title
                // ending with one in brackets may be a chart's ("Diện tích trồng ngô (nghìn ha)")
            }
        }
        return null;
    }

    /**
     * A table of sentences is read as running text: its numbering and label cells stay where they stand (so quotes
     * and columns still point into the line), the numbering closed by "." so each row is an item; everything else
     * becomes spaces.
     */
    private static void rewriteAsText(
            List<String> lines,
            TableLayout.Table table,
            ColumnModel model,
            int header,
            Map<Integer, String> rewritten) {
        for (int line : table.lines()) {
            rewritten.put(line, " ".repeat(lines.get(line).length()));
        }
        List<List<TableLayout.Cell>> rows = table.rows();
        for (int r = header; r < rows.size(); r++) {
            List<TableLayout.Cell> row = rows.get(r);
            for (int c = 0; c < Math.min(row.size(), model.width()); c++) {
                ColumnModel.Role role = model.columns().get(c).role();
                TableLayout.Cell cell = row.get(c);
                if (role != ColumnModel.Role.NAME && role != ColumnModel.Role.NUMBERING || cell.isEmpty()) {
                    continue;
                }
                StringBuilder text = new StringBuilder(rewritten.get(cell.line()));
                text.replace(cell.column(), cell.column() + cell.text().length(), cell.text());
                int after = cell.column() + cell.text().length();
                boolean closed = cell.text().endsWith(".") || cell.text().endsWith(")");
                if (role == ColumnModel.Role.NUMBERING && !closed && after < text.length()) {
                    text.setCharAt(after, '.');
                }
                rewritten.put(cell.line(), text.toString());
            }
        }
    }
}

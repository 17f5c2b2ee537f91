package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the tables of a document's text in the two layouts conversions give them: one row per line with its cells
 * between "|" (empty cells kept or dropped), or one cell per line under a heading of short lines ("STT", "Chỉ tiêu",
 * "ĐVT", "KH 2025", …), where a row starts at a line of numbering followed by a line of words.
 */
final class TableLayout {

    /** A cell as written: its text, its 0-based line and the column its text starts at. */
    record Cell(String text, int line, int column) {
        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /** A table: its rows of cells in order, and every line it takes. */
    record Table(List<List<Cell>> rows, List<Integer> lines) {}

    /** Row numbering: "1", "1.2", "2.1.3", "I", "IV", "a", "A", "(1)", "1)", "a)". */
    private static final Pattern NUMBERING =
            Pattern.compile("\\(?(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}|[IVXL]{1,5}|[a-zA-Zđ])[.)]?");
    /** A header cell that opens a table written one cell per line. */
    private static final Pattern FIRST_HEADER = Pattern.compile("(?:stt|tt|số tt|số thứ tự)");
    /** A one-cell-per-line table ends at a line this long (a paragraph) or at two blank lines. */
    private static final int LONGEST_CELL = 200;

    private static final int SHORT_HEADER_CELL = 60;
    /** A line without "|" between two rows of a table is one of its section rows ("I. Kinh tế số") when this short. */
    private static final int SECTION_LINE = 80;

    private TableLayout() {}

    static List<Table> find(List<String> lines) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Table table = isPipeRow(lines.get(i)) ? pipeTable(lines, i) : cellPerLineTable(lines, i);
            if (table == null) {
                i++;
            } else {
                tables.add(table);
                i = table.lines().get(table.lines().size() - 1) + 1;
            }
        }
        return tables;
    }

    static boolean isNumbering(String cell) {
        return NUMBERING.matcher(cell.strip()).matches();
    }

    /** The "|---|:---:|" line under a Markdown table's header. */
    private static boolean isRule(String line) {
        return line.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || c == ' ' || c == '+' || c == '=');
    }

    private static boolean isPipeRow(String line) {
        return line.indexOf('|') >= 0 && cells(line, 0).size() >= 2;
    }

    /** Rows of "|" cells from {@code first}, across single blank lines; a table needs two rows, one of three cells. */
    private static Table pipeTable(List<String> lines, int first) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        int i = first;
        while (i < lines.size()) {
            if (isPipeRow(lines.get(i))) {
                if (!isRule(lines.get(i))) {
                    rows.add(cells(lines.get(i), i));
                }
                taken.add(i);
                i++;
            } else if (i + 1 < lines.size()
                    && isPipeRow(lines.get(i + 1))
                    && !rows.isEmpty()
                    && (lines.get(i).isBlank() || lines.get(i).strip().length() <= SECTION_LINE)) {
                if (!lines.get(i).isBlank()) {
                    rows.add(List.of(cellOf(lines.get(i), i)));
                    taken.add(i);
                }
                i++;
            } else {
                break;
            }
        }
        boolean framed = taken.stream().allMatch(t -> !isPipeRow(lines.get(t)) || framed(lines.get(t)));
        List<List<Cell>> split = new ArrayList<>();
        int k = 0;
        for (int t : taken) {
            String line = lines.get(t);
            if (isPipeRow(line) && isRule(line)) {
                continue;
            }
            split.add(isPipeRow(line) ? cells(line, t, framed) : rows.get(k));
            k++;
        }
        boolean wide = split.stream().anyMatch(r -> r.size() >= 3);
        return rows.size() >= 2 && wide ? new Table(split, taken) : null;
    }

    /**
     * The cells of a "|" row, with the lines' own positions. A row between a leading and a trailing "|" is framed
     * (Markdown); otherwise a "|" at either end closes an empty cell (" | 2018 | 2019": the label cell is empty).
     */
    static List<Cell> cells(String line, int index) {
        return cells(line, index, framed(line));
    }

    private static boolean framed(String line) {
        String stripped = line.strip();
        return stripped.length() > 1 && stripped.startsWith("|") && stripped.endsWith("|");
    }

    /** {@code framed}: the whole table is written between "|" (a Word row with empty end cells only looks framed). */
    private static List<Cell> cells(String line, int index, boolean framed) {
        int from = 0;
        int to = line.length();
        if (framed) {
            from = line.indexOf('|') + 1;
            to = line.lastIndexOf('|');
        }
        List<Cell> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line.charAt(i) == '|') {
                String raw = line.substring(start, i);
                int lead = raw.length() - raw.stripLeading().length();
                out.add(new Cell(raw.strip(), index, start + lead));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * A table written one cell per line: a header of short lines starting with "STT" that names a column of values,
     * then rows, each starting at a numbering line followed by a line of words.
     */
    private static Table cellPerLineTable(List<String> lines, int first) {
        if (StackedCellTable.opens(lines.get(first))) {
            return StackedCellTable.read(lines, first);
        }
        String opening = lines.get(first).strip().toLowerCase(Locale.ROOT);
        if (LABEL_HEADER.matcher(opening).matches()) {
            return labelledCellPerLineTable(lines, first);
        }
        if (!FIRST_HEADER.matcher(opening).matches()) {
            return null;
        }
        List<Cell> header = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        int i = first;
        while (i < lines.size() && !rowStarts(lines, i) && lines.get(i).strip().length() <= SHORT_HEADER_CELL) {
            if (!lines.get(i).isBlank()) {
                header.add(cellOf(lines.get(i), i));
            }
            taken.add(i);
            i++;
        }
        if (header.size() < 3) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header);
        List<Cell> row = null;
        for (int at : cellLines(lines, i, LONGEST_CELL)) {
            if (row == null || rowStarts(lines, at)) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(cellOf(lines.get(at), at));
            taken.add(at);
        }
        return rows.size() >= 2 ? new Table(rows, taken) : null;
    }

    /**
     * A table written one cell per line with no numbering: a heading of the indicator column ("Chỉ tiêu"), then headings
     * naming the unit or a year ("Đơn vị tính", "2018", …, "Sơ bộ 2023"), then rows that each open with the indicator's
     * name, its unit if the heading names a unit column, and its values; a row's name follows a value of the row above.
     */
    private static Table labelledCellPerLineTable(List<String> lines, int first) {
        List<Cell> header = new ArrayList<>(List.of(cellOf(lines.get(first), first)));
        List<Integer> taken = new ArrayList<>(List.of(first));
        int i = first + 1;
        boolean unitColumn = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                taken.add(i);
                continue;
            }
            boolean unit = UNIT_HEADER.matcher(line.toLowerCase(Locale.ROOT)).matches();
            if (!unit && !YEAR_HEADER.matcher(line).find() || line.length() > SHORT_HEADER_CELL) {
                break;
            }
            unitColumn |= unit;
            header.add(cellOf(lines.get(i), i));
            taken.add(i);
        }
        if (header.size() < 3) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header);
        List<Cell> row = null;
        boolean afterValue = true;
        for (int at : cellLines(lines, i, LONGEST_CELL)) {
            String line = lines.get(at).strip();
            boolean words = line.chars().filter(Character::isLetter).count() >= 2 && !isValue(line);
            boolean unitCell = words && unitColumn && row != null && row.size() == 1 && isUnit(line);
            if (row == null || words && (afterValue || !unitCell)) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(cellOf(lines.get(at), at));
            taken.add(at);
            afterValue = !words;
        }
        return rows.size() >= 3 ? new Table(rows, taken) : null;
    }

    /**
     * The lines of a table written a cell per line from {@code from}: every non-blank line up to two blank lines in a row,
     * a line longer than {@code longest} (a paragraph after the table) or a "|" row.
     */
    static List<Integer> cellLines(List<String> lines, int from, int longest) {
        List<Integer> out = new ArrayList<>();
        int blanks = 0;
        for (int i = from; i < lines.size() && blanks < 2; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            blanks = 0;
            if (line.strip().length() > longest || line.indexOf('|') >= 0) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    /** A value cell: a number (with its sign, "%" or a comparator), a dash, or a note of none ("-", "x", "…"). */
    private static boolean isValue(String cell) {
        return VALUE_CELL.matcher(cell).matches();
    }

    private static final Pattern VALUE_CELL = Pattern.compile("[<>≤≥~+-]?\\s*[\\d.,]+\\s*[%‰*]?|[-–x…]+");

    /** Whether a word cell is a unit ("Người", "Triệu đồng", "Ng/km2", "%"): the lexicon reads it whole. */
    private static boolean isUnit(String cell) {
        UnitLexicon.Unit unit = UnitLexicon.parse(" " + cell, 0);
        return unit != null && unit.end() >= cell.length() || cell.length() <= UNIT_CELL;
    }

    /** A word cell this short under a unit column is a unit, though the lexicon does not know it ("Ng/km2"). */
    private static final int UNIT_CELL = 12;

    /** The heading of a table's indicator column, opening a table written one cell per line without numbering. */
    private static final Pattern LABEL_HEADER =
            Pattern.compile("(?:các |tên )?(?:chỉ tiêu|danh mục|nội dung)(?: chủ yếu)?");

    private static final Pattern UNIT_HEADER = Pattern.compile("(?:đvt|đơn vị(?: tính)?|đơn vị tính - unit)");

    private static final Pattern YEAR_HEADER = Pattern.compile("(?:19|20)\\d\\d");

    private static Cell cellOf(String line, int index) {
        return new Cell(line.strip(), index, line.length() - line.stripLeading().length());
    }

    /** A numbering line whose next non-blank line has words: "2" then "Tỷ lệ hộ nghèo". */
    private static boolean rowStarts(List<String> lines, int i) {
        if (!isNumbering(lines.get(i))) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                String next = lines.get(j).strip();
                return next.chars().filter(Character::isLetter).count() >= 3 && !isNumbering(next);
            }
        }
        return false;
    }
}

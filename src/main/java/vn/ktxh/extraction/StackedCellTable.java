package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table copied from a page whose cells hold several lines, each written out on a line of its own: the heading on one
 * line ("ĐVT 2018 2019 … Sơ bộ 2023"), then each row as its label lines (an indicator and its breakdown: "Dân số trung
 * bình", "Thành thị", "Nông thôn"), its unit, and its figures year after year, each year's cell giving one figure per
 * label. A short row may stand on one line ("Mật độ dân số Ng/km2 133 135") and wrap its figures onto the next. Read
 * back into one row per label, as a table written one row per line would give it.
 */
final class StackedCellTable {

    /** "ĐVT 2018 2019 2020", "Chỉ tiêu Đơn vị tính Năm 2022 Sơ bộ 2023": a unit heading, then two years or more. */
    private static final Pattern HEADING = Pattern.compile(
            "(?:(?:các )?chỉ tiêu\\s+)?(?:đvt|đơn vị tính|đơn vị)\\s+(?:(?:\\S+\\s+){0,3}(?:19|20)\\d\\d\\b\\s*){2,}");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d\\b");
    private static final Pattern UNIT_HEADING =
            Pattern.compile("(?:đvt|đơn vị tính|đơn vị)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern VALUE = Pattern.compile("[<>≤≥~+-]?[\\d.,]*\\d[%‰*]?|[-–x…]");
    /** A label line that only announces the breakdown under it ("Phân theo giới tính", "Trong đó:") has no figure. */
    private static final Pattern ANNOUNCES =
            Pattern.compile("(?:phân theo|chia theo|chia ra|trong đó|bao gồm|gồm)\\b.*");

    /** A line this long is running text after the table. */
    private static final int LONGEST_LINE = 160;

    private StackedCellTable() {}

    static boolean opens(String line) {
        if (line.length() > 2 * LONGEST_LINE) {
            return false;
        }
        String lower = line.strip().toLowerCase(Locale.ROOT);
        return lower.length() <= LONGEST_LINE
                && (lower.contains("đvt") || lower.contains("đơn vị"))
                && HEADING.matcher(lower).matches();
    }

    /** The table whose heading stands on line {@code first}, or null when no row with figures follows. */
    static TableLayout.Table read(List<String> lines, int first) {
        List<TableLayout.Cell> heading = heading(lines.get(first), first);
        int years = heading.size() - 2;
        List<List<TableLayout.Cell>> rows = new ArrayList<>(List.of(heading));
        List<Integer> taken = new ArrayList<>(List.of(first));
        Block block = new Block();
        for (int i : TableLayout.cellLines(lines, first + 1, LONGEST_LINE)) {
            String line = lines.get(i);
            List<TableLayout.Cell> tokens = tokens(line, i);
            int words = wordsEnd(tokens);
            if (words > 0) {
                TableLayout.Cell text = span(line, tokens.get(0), tokens.get(words - 1));
                if (!block.values.isEmpty()
                        || TableLayout.isNumbering(tokens.get(0).text())) {
                    block.addRows(rows, years);
                    block = new Block();
                }
                block.addWords(text, words < tokens.size());
            }
            if (words < tokens.size()) {
                block.addValues(tokens.subList(words, tokens.size()));
            }
            taken.add(i);
        }
        block.addRows(rows, years);
        return rows.size() >= 2 ? new TableLayout.Table(rows, taken) : null;
    }

    /** The heading's cells: the label column, the unit column, and one per year with the words before it. */
    private static List<TableLayout.Cell> heading(String line, int index) {
        List<TableLayout.Cell> out = new ArrayList<>();
        out.add(new TableLayout.Cell("Chỉ tiêu", index, 0));
        Matcher unit = UNIT_HEADING.matcher(line);
        unit.find();
        out.add(new TableLayout.Cell(unit.group(), index, unit.start()));
        int from = unit.end();
        Matcher year = YEAR.matcher(line);
        while (year.find(from)) {
            String cell = line.substring(from, year.end());
            int lead = cell.length() - cell.stripLeading().length();
            out.add(new TableLayout.Cell(cell.strip(), index, from + lead));
            from = year.end();
        }
        return out;
    }

    private static List<TableLayout.Cell> tokens(String line, int index) {
        List<TableLayout.Cell> out = new ArrayList<>();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) {
            out.add(new TableLayout.Cell(token.group(), index, token.start()));
        }
        return out;
    }

    /** Where the figures closing a line start: the words before them are a label or a unit. */
    private static int wordsEnd(List<TableLayout.Cell> tokens) {
        int end = tokens.size();
        while (end > 0 && VALUE.matcher(tokens.get(end - 1).text()).matches()) {
            end--;
        }
        return end;
    }

    /** The words of a line from one token to another, as written. */
    private static TableLayout.Cell span(String line, TableLayout.Cell from, TableLayout.Cell to) {
        return new TableLayout.Cell(
                line.substring(from.column(), to.column() + to.text().length()), from.line(), from.column());
    }

    /** A unit written whole: "Người", "Triệu đồng", "%". */
    private static boolean isUnit(String text) {
        return UnitLexicon.whole(text) != null;
    }

    /** One row of the page: its labels, its unit and its figures in the order written. */
    private static final class Block {
        final List<TableLayout.Cell> labels = new ArrayList<>();
        final List<TableLayout.Cell> values = new ArrayList<>();
        TableLayout.Cell unit;

        /** A line of words: a label, a label continued in brackets, or a label closed by its unit and first figures. */
        void addWords(TableLayout.Cell text, boolean figuresFollow) {
            if (figuresFollow && unit == null) {
                splitUnit(text);
            } else if (text.text().startsWith("(") && !labels.isEmpty()) {
                TableLayout.Cell above = labels.remove(labels.size() - 1);
                labels.add(new TableLayout.Cell(above.text() + " " + text.text(), above.line(), above.column()));
            } else {
                labels.add(text);
            }
        }

        /** Figures; before the first, the last line of words is the row's unit when it reads as one ("Người"). */
        void addValues(List<TableLayout.Cell> figures) {
            if (values.isEmpty()
                    && unit == null
                    && labels.size() > 1
                    && isUnit(labels.get(labels.size() - 1).text())) {
                unit = labels.remove(labels.size() - 1);
            }
            values.addAll(figures);
        }

        /** "Tỷ lệ tăng tự nhiên dân số %": the last one or two words are the unit when they read as one. */
        private void splitUnit(TableLayout.Cell text) {
            String[] words = text.text().split("\\s+");
            for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
                String tail = String.join(" ", List.of(words).subList(words.length - n, words.length));
                if (isUnit(tail)) {
                    String label = text.text()
                            .substring(0, text.text().length() - tail.length())
                            .strip();
                    labels.add(new TableLayout.Cell(label, text.line(), text.column()));
                    unit = new TableLayout.Cell(tail, text.line(), text.column() + label.length() + 1);
                    return;
                }
            }
            labels.add(text);
        }

        /**
         * One row per label that has figures; the figures run year by year, each year giving one per such label (a
         * last year may give fewer). When the count of figures is a whole number of years, that number decides.
         */
        void addRows(List<List<TableLayout.Cell>> rows, int years) {
            if (values.isEmpty() || labels.isEmpty()) {
                return;
            }
            List<TableLayout.Cell> named = labels.stream()
                    .filter(l -> !l.text().endsWith(":")
                            && !ANNOUNCES.matcher(Words.lower(l.text())).matches())
                    .toList();
            int perYear = values.size() % years == 0 ? values.size() / years : Math.max(1, named.size());
            for (int j = 0; j < perYear; j++) {
                TableLayout.Cell label = j < named.size() ? named.get(j) : labels.get(0);
                List<TableLayout.Cell> row = new ArrayList<>(List.of(label, unitCell(label)));
                for (int y = 0; y < years; y++) {
                    int at = y * perYear + j;
                    row.add(at < values.size() ? values.get(at) : new TableLayout.Cell("", label.line(), 0));
                }
                rows.add(row);
            }
        }

        private TableLayout.Cell unitCell(TableLayout.Cell label) {
            return unit != null ? unit : new TableLayout.Cell("", label.line(), 0);
        }
    }
}

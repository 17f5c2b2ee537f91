package vn.ktxh.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ktxh.shared.VnNumber;

/**
 * A table of an annex. {@code keptColumns} leading columns (STT, name) are repeated on every printed slice
 * when the table is wider than {@code columnsPerPage} further columns; a spreadsheet shows it whole.
 */
public record Table(List<Column> columns, List<List<Cell>> rows, int keptColumns, int columnsPerPage) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** A column: its heading, its share of the width, and how its cells align. */
    public record Column(String header, int width, Align align) {}

    /** A cell holds either text or a number, kept as a number so a spreadsheet can compute with it. */
    public record Cell(String text, BigDecimal number, boolean bold) {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false);
        }

        public static Cell bold(String text) {
            return new Cell(text == null ? "" : text, null, true);
        }

        /** A number, or an empty cell when there is none ("-" is left to the reader of an empty cell). */
        public static Cell number(BigDecimal value) {
            return value == null ? text("") : new Cell(null, value.stripTrailingZeros(), false);
        }

        /** What a printed page shows: numbers in Vietnamese notation (1.595,3). */
        public String display() {
            return number == null ? text : VnNumber.format(number);
        }

        public boolean isNumber() {
            return number != null;
        }
    }

    /** The slices to print, each with the kept columns and at most {@code columnsPerPage} others. */
    public List<Table> slices() {
        int others = columns.size() - keptColumns;
        if (columnsPerPage <= 0 || others <= columnsPerPage) {
            return List.of(this);
        }
        List<Table> out = new ArrayList<>();
        for (int from = keptColumns; from < columns.size(); from += columnsPerPage) {
            int to = Math.min(columns.size(), from + columnsPerPage);
            List<Column> cols = new ArrayList<>(columns.subList(0, keptColumns));
            cols.addAll(columns.subList(from, to));
            List<List<Cell>> sliced = new ArrayList<>();
            for (List<Cell> row : rows) {
                List<Cell> cells = new ArrayList<>(row.subList(0, keptColumns));
                cells.addAll(row.subList(from, to));
                sliced.add(cells);
            }
            out.add(new Table(cols, sliced, keptColumns, 0));
        }
        return out;
    }
}

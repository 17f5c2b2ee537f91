package vn.ktxh.exchange;

import java.util.Map;

/**
 * Where a value stands in an uploaded file, so that a message names it as the user sees it:
 * {@code Trang "Số liệu", dòng 12, cột "Ước thực hiện"} for a workbook, {@code Dòng 12, cột "value"} for CSV.
 * {@code columns} gives the column heading of each field (indicator, value, unit...); absent fields use their own name.
 */
public record Place(String sheet, int row, Map<String, String> columns) {

    public Place {
        columns = Map.copyOf(columns);
    }

    public String column(String field) {
        return columns.getOrDefault(field, field);
    }

    /** The row alone: {@code Trang "Số liệu", dòng 12}. */
    public String describe() {
        return sheet == null ? "Dòng " + row : "Trang \"%s\", dòng %d".formatted(sheet, row);
    }

    /** The row and the column of a field: {@code Trang "Số liệu", dòng 12, cột "Ước thực hiện"}. */
    public String describe(String field) {
        return field == null ? describe() : describe() + ", cột \"%s\"".formatted(column(field));
    }
}

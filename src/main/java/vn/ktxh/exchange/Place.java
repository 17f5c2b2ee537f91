package vn.ktxh.exchange;

import java.util.Map;

/**
 * Where a value stands in an uploaded file, so that a message names it as the user sees it:
 * {@code Trang "Số liệu", dòng 12, cột "Ước thực hiện"} for a workbook, {@code Dòng 12, cột "value"} for CSV,
 * {@code dataValues[3].value} for an item of a JSON list ({@code list} names the list, {@code row} is the index).
 * {@code columns} gives the column heading of each field (indicator, value, unit...); absent fields use their own name.
 */
public record Place(String sheet, int row, Map<String, String> columns, String list) {

    public Place {
        columns = Map.copyOf(columns);
    }

    public Place(String sheet, int row, Map<String, String> columns) {
        this(sheet, row, columns, null);
    }

    /** The item {@code index} of the JSON list {@code list}, its fields named as the JSON names them. */
    public static Place item(String list, int index, Map<String, String> fields) {
        return new Place(null, index, fields, list);
    }

    public String column(String field) {
        return columns.getOrDefault(field, field);
    }

    /** The row alone: {@code Trang "Số liệu", dòng 12}, or the item: {@code dataValues[3]}. */
    public String describe() {
        if (list != null) {
            return list + "[" + row + "]";
        }
        return sheet == null ? "Dòng " + row : "Trang \"%s\", dòng %d".formatted(sheet, row);
    }

    /** The row and the column of a field: {@code Trang "Số liệu", dòng 12, cột "Ước thực hiện"}, or {@code dataValues[3].value}. */
    public String describe(String field) {
        if (field == null) {
            return describe();
        }
        return list != null ? describe() + "." + column(field) : describe() + ", cột \"%s\"".formatted(column(field));
    }

    /** The field a refusal names for an API client: {@code 12.value} for a file's row, {@code dataValues[3].value} for an item. */
    public String key(String field) {
        return list != null ? describe(field) : row + (field == null ? "" : "." + field);
    }
}

package vn.ktxh.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 comma-separated text with a header row, read into rows addressed by column name. */
public final class Csv {

    /** One data row; {@code line} is its 1-based line in the file, for error messages. */
    public record Row(int line, Map<String, String> cells) {

        /** The cell, or null when empty or absent. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        public String require(String column) {
            String value = get(column);
            if (value == null) {
                throw new RejectedInput(column, "Dòng %d: thiếu giá trị cột \"%s\"".formatted(line, column));
            }
            return value;
        }
    }

    private Csv() {
    }

    /** One cell as RFC 4180 writes it: quoted, inner quotes doubled; nothing for null. */
    public static String cell(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }

    public static List<Row> read(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            List<List<String>> records = records(in);
            if (records.isEmpty()) {
                return List.of();
            }
            List<String> header = records.get(0);
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<String> record = records.get(i);
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < header.size() && c < record.size(); c++) {
                    cells.put(header.get(c).strip().replace("\uFEFF", ""), record.get(c).strip());
                }
                rows.add(new Row(i + 1, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits records, honouring quotes that may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> records(BufferedReader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        cell.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                record.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}

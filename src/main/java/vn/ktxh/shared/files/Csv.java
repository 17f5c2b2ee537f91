package vn.ktxh.shared.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ktxh.shared.RejectedInput;

/**
 * Comma-separated text with a header row (RFC 4180, read by Apache Commons CSV), into rows addressed by column name.
 * A header with semicolons and no comma is read with semicolons: Excel on a Vietnamese Windows writes them, because
 * its decimal sign is the comma.
 */
public final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int HEADER_LIMIT = 1 << 20; // characters of the header line read twice, to tell its delimiter

    /** One data row; {@code line} is the line of the file it starts on, for error messages. */
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

    private Csv() {}

    /** One cell as RFC 4180 writes it: quoted, inner quotes doubled; nothing for null. */
    public static String cell(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }

    public static List<Row> read(Reader source) {
        List<Row> rows = new ArrayList<>();
        each(source, rows::add);
        return rows;
    }

    /**
     * Hands on each row as soon as it is read, so that a file of any length is never held whole (a streamed import);
     * the delimiter is told from the header line.
     */
    public static void each(Reader source, Consumer<Row> row) {
        try (BufferedReader in = new BufferedReader(source)) {
            in.mark(HEADER_LIMIT);
            String header = in.readLine();
            in.reset();
            if (header != null && !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
                in.skip(1);
            }
            try (CSVParser parser =
                    format(delimiter(header == null ? "" : header)).parse(in)) {
                List<String> names =
                        parser.getHeaderNames().stream().map(String::strip).toList();
                try {
                    for (CSVRecord record : parser) {
                        row.accept(new Row(startLine(parser.getCurrentLineNumber(), record), cells(names, record)));
                    }
                } catch (UncheckedIOException unreadable) { // the parser's: the rows refuse with RejectedInput
                    throw unreadable(parser.getCurrentLineNumber());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(0);
        }
    }

    private static RejectedInput unreadable(long line) {
        return new RejectedInput(
                "Không đọc được CSV sau dòng %d: có dấu ngoặc kép chưa đóng, hoặc nội dung bị ngắt giữa chừng"
                        .formatted(line));
    }

    /** The line a record starts on, from the line it ends on: less the line breaks quoted inside its cells. */
    private static int startLine(long endLine, CSVRecord record) {
        long breaks = 0;
        for (String value : record.values()) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return Math.toIntExact(endLine - breaks);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(true)
                .get();
    }

    private static char delimiter(String header) {
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, String> cells(List<String> header, CSVRecord record) {
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.size() && c < record.size(); c++) {
            cells.put(header.get(c), record.get(c).strip());
        }
        return cells;
    }
}

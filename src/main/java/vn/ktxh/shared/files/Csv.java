package vn.ktxh.shared.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        String text = withoutByteOrderMark(readAll(source));
        try (CSVParser parser = format(delimiter(text)).parse(new StringReader(text))) {
            List<String> header =
                    parser.getHeaderNames().stream().map(String::strip).toList();
            List<Row> rows = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), cells(header, record)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String readAll(Reader source) {
        try (Reader in = source) {
            StringWriter text = new StringWriter();
            in.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, String> cells(List<String> header, CSVRecord record) {
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.size() && c < record.size(); c++) {
            cells.put(header.get(c), record.get(c).strip());
        }
        return cells;
    }

    /**
     * Line numbers of character positions that only grow, counted once over the text. A record's position is where
     * the parser began looking for it, before the blank lines it skipped: those are passed over too.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            for (; position < text.length() && (position < target || isLineBreak(text.charAt(position))); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}

package vn.ktxh.cycle.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.IntConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.FigureStream;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.files.Csv;

/**
 * The two forms of a streamed import, read a line at a time: JSON Lines (one object per line, the fields of an item of
 * PUT /api/v1/figures) and CSV with a header of the same names. {@code read} hears the number of each line read, for
 * the progress.
 */
final class FigureLines {

    private FigureLines() {}

    static FigureStream jsonLines(Reader body, ObjectMapper json, IntConsumer read) {
        ObjectReader reader = json.readerFor(FigureInput.class); // made once: per line it would cost a lookup
        return figure -> {
            int line = 0;
            try (BufferedReader in = new BufferedReader(body)) {
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    read.accept(++line);
                    if (!text.isBlank()) {
                        figure.accept(parse(text, reader, line), line);
                    }
                }
            } catch (IOException e) {
                throw new RejectedInput(
                        "Không đọc được nội dung sau dòng %d: kết nối bị ngắt giữa chừng".formatted(line));
            }
        };
    }

    static FigureStream csv(Reader body, IntConsumer read) {
        return figure -> Csv.each(body, row -> {
            read.accept(row.line());
            figure.accept(
                    new FigureInput(
                            row.get("indicator"),
                            row.get("area"),
                            row.get("period"),
                            row.get("kind"),
                            row.get("value"),
                            row.get("unit"),
                            row.get("source")),
                    row.line());
        });
    }

    private static FigureInput parse(String text, ObjectReader reader, int line) {
        try {
            return reader.readValue(text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
        } catch (JacksonException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RejectedInput refused) { // text the JSON reader refuses itself (a NUL character)
                    throw refused.atItem(line, "Dòng " + line);
                }
            }
            throw new RejectedInput(
                            null,
                            "không phải một đối tượng JSON có các trường indicator, area, period, kind, value, unit, source")
                    .atItem(line, "Dòng " + line);
        }
    }
}

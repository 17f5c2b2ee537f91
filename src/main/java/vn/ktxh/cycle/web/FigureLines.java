package vn.ktxh.cycle.web;

import java.io.InputStream;
import java.io.Reader;
import java.util.function.IntConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.FigureStream;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.files.Csv;
import vn.ktxh.shared.web.UnreadableJson;

/**
 * The two forms of a streamed import, read a line at a time: JSON Lines (one object per line, the fields of an item of
 * PUT /api/v1/figures) and CSV with a header of the same names. {@code read} hears the number of each line read, for
 * the progress.
 */
final class FigureLines {

    private FigureLines() {}

    /**
     * One parser over the whole body, its bytes read as UTF-8 (a BOM skipped), each object named by the line it starts
     * on: a parser per line cost a third of a stream's time.
     */
    static FigureStream jsonLines(InputStream body, ObjectMapper json, IntConsumer read) {
        ObjectReader reader = figures(json);
        return figure -> {
            int line = 1;
            try (JsonParser parser = reader.createParser(body)) {
                while (next(parser)) {
                    line = parser.currentTokenLocation().getLineNr();
                    read.accept(line);
                    figure.accept(reader.readValue(parser), line);
                }
            } catch (JacksonIOException e) {
                throw new RejectedInput(
                        "Không đọc được nội dung sau dòng %d: kết nối bị ngắt giữa chừng".formatted(line));
            } catch (JacksonException e) {
                throw refused(e, line);
            }
        };
    }

    /**
     * The items of a request's JSON array, each checked and handed on as soon as it is read, named by its place:
     * a request of 24.000 figures is never held as 24.000 objects.
     */
    static FigureStream jsonArray(InputStream body, ObjectMapper json) {
        ObjectReader reader = figures(json);
        return FigureStream.items(figure -> {
            int item = 0;
            try (JsonParser parser = reader.createParser(body)) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new RejectedInput("body", "Nội dung gửi lên phải là một mảng JSON các số liệu");
                }
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    item++;
                    figure.accept(reader.readValue(parser), item);
                }
            } catch (JacksonIOException e) {
                throw new RejectedInput("body", "Không đọc được nội dung: kết nối bị ngắt giữa chừng");
            } catch (JacksonException e) {
                throw UnreadableJson.refusal(e, item == 0 ? "" : "[" + (item - 1) + "]");
            }
        });
    }

    /** A reader of one figure after another: what follows the one read is the next, not trailing text. */
    private static ObjectReader figures(ObjectMapper json) {
        return json.readerFor(FigureInput.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Whether another value starts; text that starts none is refused naming its own line. */
    private static boolean next(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            throw refused(e, e.getLocation() == null ? 1 : e.getLocation().getLineNr());
        }
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

    /** The refusal of text that is no figure, named by its line. */
    private static RejectedInput refused(JacksonException e, int line) {
        return unreadable(e).atItem(line, "Dòng " + line);
    }

    private static RejectedInput unreadable(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RejectedInput refused) { // text the JSON reader refuses itself (a NUL character)
                return refused;
            }
        }
        return new RejectedInput(
                null, "không phải một đối tượng JSON có các trường indicator, area, period, kind, value, unit, source");
    }
}

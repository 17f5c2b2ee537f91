package vn.ktxh.exchange;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ktxh.data.FigureKind;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;
import vn.ktxh.shared.files.Csv;

/**
 * Figures in a CSV file: columns {@code indicator,area,period,kind,value,unit,note}, UTF-8 with or without BOM,
 * values in Vietnamese notation. Bytes that are not UTF-8 are refused rather than guessed, since a Windows-1258
 * file read as UTF-8 (or the reverse) silently garbles names and notes.
 */
public final class CsvFigures {

    public static final List<String> COLUMNS = List.of("indicator", "area", "period", "kind", "value", "unit", "note");
    private static final List<String> REQUIRED = List.of("indicator", "area", "period", "kind", "value");

    private CsvFigures() {}

    public static FileContents read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = header(text);
        if (header.isEmpty()) {
            throw new RejectedInput("file", "Tệp CSV trống; dòng đầu phải là: " + String.join(",", COLUMNS));
        }
        List<String> absent = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!absent.isEmpty()) {
            throw new RejectedInput(
                    "file",
                    "Tệp CSV thiếu cột %s; dòng đầu phải là: %s"
                            .formatted(
                                    String.join(
                                            ", ",
                                            absent.stream()
                                                    .map(c -> "\"" + c + "\"")
                                                    .toList()),
                                    String.join(",", COLUMNS)));
        }
        List<Csv.Row> rows = Csv.read(new StringReader(text));
        List<UploadedFigure> figures = new ArrayList<>();
        List<ProblemAt> problems = new ArrayList<>();
        if (rows.size() > maxRows) {
            problems.add(new ProblemAt(
                    new Place(null, rows.get(maxRows).line(), Map.of()),
                    null,
                    "tệp có %s dòng số liệu, quá giới hạn %s dòng một lần tải lên; hãy chia thành nhiều tệp"
                            .formatted(
                                    VnNumber.format(BigDecimal.valueOf(rows.size())),
                                    VnNumber.format(BigDecimal.valueOf(maxRows)))));
            return new FileContents(null, null, null, List.of(), problems, List.of());
        }
        for (Csv.Row row : rows) {
            Place place = new Place(null, row.line(), Map.of());
            try {
                figures.add(figure(row, place));
            } catch (FieldProblem problem) {
                problems.add(new ProblemAt(place, problem.field, problem.getMessage()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new ProblemAt(new Place(null, 2, Map.of()), null, "tệp CSV không có dòng số liệu nào"));
        }
        return new FileContents(null, null, null, figures, problems, List.of());
    }

    private static UploadedFigure figure(Csv.Row row, Place place) {
        String kindText = row.get("kind");
        if (kindText == null) {
            throw new FieldProblem("kind", "thiếu loại số liệu (ESTIMATE: ước thực hiện, FINAL: thực hiện)");
        }
        FigureKind kind;
        try {
            kind = FigureKind.parse(kindText);
        } catch (RejectedInput e) {
            throw new FieldProblem("kind", e.getMessage());
        }
        BigDecimal value;
        try {
            value = VnNumber.parse(row.get("value"));
        } catch (RejectedInput e) {
            throw new FieldProblem("value", row.get("value") == null ? "thiếu giá trị" : e.getMessage());
        }
        return new UploadedFigure(
                place,
                row.get("indicator"),
                row.get("area"),
                row.get("period"),
                kind,
                value,
                row.get("unit"),
                row.get("note"));
    }

    /** Strict UTF-8: the first malformed byte is named with its line, so the user can find what was typed in another code. */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString()
                    .replace("\0", ""); // a NUL (left by some exporters) cannot be stored, and means nothing
        } catch (MalformedInputException e) {
            int at = badByteOffset(bytes);
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new RejectedInput(
                    "file",
                    ("Tệp CSV không phải mã UTF-8: dòng %d có byte 0x%02X không đọc được theo UTF-8 "
                                    + "(có thể tệp được lưu bằng mã Windows-1258 hoặc TCVN3). Hãy lưu lại tệp với mã UTF-8 "
                                    + "(trong Excel: Lưu thành → \"CSV UTF-8 (phân cách bằng dấu phẩy)\")")
                            .formatted(line, bytes[at] & 0xFF));
        } catch (CharacterCodingException e) {
            throw new RejectedInput("file", "Tệp CSV không phải mã UTF-8; hãy lưu lại tệp với mã UTF-8");
        }
    }

    /** Where the decoder stopped: decoding chunk by chunk would tell too, but a second pass over a refused file costs nothing. */
    private static int badByteOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static List<String> header(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        if (first.isBlank()) {
            return List.of();
        }
        return Arrays.stream(first.split(",", -1))
                .map(c -> c.strip().replace("\"", ""))
                .toList();
    }

    /** A refusal of one field of a line, turned into a placed problem by the loop. */
    private static final class FieldProblem extends RuntimeException {
        private final String field;

        FieldProblem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}

package vn.ktxh.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ktxh.extraction.files.PdfFiles;
import vn.ktxh.extraction.files.WordFiles;

/**
 * A document as lines of text: a .txt as it is, a .docx paragraph by paragraph (a table row as its cells between
 * "|"), a .pdf through its text layer. A statement's {@code line} counts these lines, so "extract --text" prints them.
 */
public record DocumentText(String name, List<String> lines) {

    public DocumentText {
        lines = List.copyOf(lines);
    }

    public static DocumentText ofText(String name, String text) {
        // a PDF's text layer often writes "ư" as "ƣ" (U+01A3, a letter of no Vietnamese word): "ngƣời" is "người"
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('ƣ', 'ư')
                .replace('Ƣ', 'Ư');
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= normal.length(); i++) {
            if (i == normal.length() || normal.charAt(i) == '\n') {
                String line = normal.substring(start, i);
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                start = i + 1;
            }
        }
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // a final newline ends the last line, it does not open one
        }
        return new DocumentText(name, lines);
    }

    public static DocumentText read(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Reads by the file name's extension; anything not .docx or .pdf is taken as UTF-8 text. */
    public static DocumentText of(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return ofText(name, WordFiles.text(name, bytes));
        }
        if (lower.endsWith(".pdf")) {
            return ofText(name, PdfFiles.text(name, bytes));
        }
        if (lower.endsWith(".doc")) {
            throw new UnreadableDocument(
                    "Tệp \"%s\" là định dạng Word cũ (.doc); hãy lưu lại thành .docx rồi tải lên".formatted(name));
        }
        return ofText(name, utf8(name, bytes));
    }

    public String text() {
        return String.join("\n", lines);
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument(
                    "Tệp \"%s\" không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8 hoặc dùng .docx, .pdf"
                            .formatted(name));
        }
    }
}

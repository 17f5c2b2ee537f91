package vn.ktxh.extraction.files;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ktxh.extraction.UnreadableDocument;

/** The text layer of a .pdf (PDFBox), lines in reading order; a PDF with no text (a scan) is refused with what to do. */
public final class PdfFiles {

    private PdfFiles() {}

    public static String text(String name, byte[] bytes) {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("Không đọc được tệp PDF \"%s\": tệp hỏng hoặc có mật khẩu (%s)"
                    .formatted(name, e.getClass().getSimpleName()));
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UnreadableDocument(
                    ("Tệp PDF \"%s\" không có lớp văn bản (có thể là bản quét); hãy dùng bản có chữ "
                                    + "hoặc chuyển đổi OCR trước")
                            .formatted(name));
        }
        return text;
    }
}

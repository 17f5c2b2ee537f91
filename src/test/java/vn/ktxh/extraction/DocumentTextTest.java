package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Word and PDF files read as lines of text, and a scanned PDF refused with a message that says what to do. */
class DocumentTextTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void readsAWordDocumentParagraphByParagraphAndTablesRowByRow() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("KẾ HOẠCH năm 2026");
            document.createParagraph().createRun().setText("Thu ngân sách trên địa bàn đạt 1.250,5 triệu đồng.");
            XWPFTable table = document.createTable(2, 4);
            String[][] cells = {{"Chỉ tiêu", "ĐVT", "KH 2025", "KH 2026"}, {"Số trường đạt chuẩn", "trường", "12", "14"}
            };
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            document.write(out);
            docx = out.toByteArray();
        }
        DocumentText text = DocumentText.of("ke-hoach.docx", docx);
        assertThat(text.lines())
                .contains(
                        "Thu ngân sách trên địa bàn đạt 1.250,5 triệu đồng.", "Số trường đạt chuẩn | trường | 12 | 14");
        List<IndicatorStatement> found = new StatementExtractor().extract(text);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit() + " " + s.period())
                .containsExactly("1250.5 triệu đồng 2026", "12 trường 2025", "14 trường 2026");
    }

    @Test
    void readsAPdfThroughItsTextLayer() throws IOException {
        assumeTrue(Files.exists(FONT), "no DejaVuSans font to write Vietnamese into a PDF");
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, FONT.toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 700);
                content.showText("BÁO CÁO kết quả năm 2025");
                content.newLineAtOffset(0, -20);
                content.showText("Tỷ lệ hộ nghèo giảm xuống còn 2,35%; toàn phường có 1.204 hộ.");
                content.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        DocumentText text = DocumentText.of("bao-cao.pdf", pdf);
        assertThat(text.text()).contains("Tỷ lệ hộ nghèo giảm xuống còn 2,35%");
        assertThat(new StatementExtractor().extract(text))
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit())
                .containsExactly("2.35 %", "1204 hộ");
    }

    @Test
    void refusesAPdfWithoutTextWithAClearMessage() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> DocumentText.of("ban-quet.pdf", pdf))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("không có lớp văn bản (có thể là bản quét)")
                .hasMessageContaining("OCR");
    }

    @Test
    void refusesDamagedFilesWithAMessageNamingThem() {
        assertThatThrownBy(() -> DocumentText.of("hong.docx", new byte[] {1, 2, 3}))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("hong.docx");
        assertThatThrownBy(() -> DocumentText.of("hong.pdf", new byte[] {1, 2, 3}))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("hong.pdf");
    }

    @Test
    void countsLinesAsGrepDoes() {
        assertThat(DocumentText.ofText("a.txt", "một\r\nhai\n\nbốn\n").lines())
                .containsExactly("một", "hai", "", "bốn");
    }

    @Test
    void readsTheLetterOiOfAPdfsTextLayerAsTheUWithAHornItStandsFor() {
        assertThat(DocumentText.ofText("a.txt", "Dân số | Ngƣời\nƢỚC TÍNH").lines())
                .containsExactly("Dân số | Người", "ƯỚC TÍNH");
    }
}

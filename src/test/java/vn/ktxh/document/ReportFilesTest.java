package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;

/**
 * The report of thành phố Lai Châu for 2024 printed in the three formats and read back: the header, the generated
 * sentences, the numbers and the annex survive each format. The files are left in target/report-samples to look at.
 */
@IntegrationTest
class ReportFilesTest {

    static final Path SAMPLES = Path.of("target/report-samples");
    static final Period Y2024 = Period.parse("2024");

    @Autowired
    Reports reports;

    @BeforeAll
    static void folder() throws IOException {
        Files.createDirectories(SAMPLES);
    }

    private byte[] file(ReportFormat format) throws IOException {
        byte[] bytes = reports.render(Actor.system(), "105", Y2024, format);
        Files.write(SAMPLES.resolve("bao-cao-105-2024." + format.extension()), bytes);
        return bytes;
    }

    @Test
    void theWordFileCarriesTheHeaderTheSentencesAndTheAnnex() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file(ReportFormat.DOCX)))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText())
                    .contains("ỦY BAN NHÂN DÂN")
                    .contains("THÀNH PHỐ LAI CHÂU");
            assertThat(header.getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText())
                    .contains("/BC-UBND")
                    .startsWith("Số:");
            assertThat(header.getRow(1).getCell(1).getText()).startsWith("Thành phố Lai Châu, ngày");
            List<XWPFParagraph> issuer = header.getRow(0).getCell(0).getParagraphs();
            assertThat(issuer.subList(0, 2))
                    .as("the issuing body, every line upper-case bold (Nghị định 30)")
                    .allSatisfy(p -> assertThat(p.getRuns().get(0).isBold()).isTrue());
            assertThat(header.getRow(1)
                            .getCell(1)
                            .getParagraphs()
                            .get(0)
                            .getRuns()
                            .get(0)
                            .isItalic())
                    .isTrue();

            // titles and headings keep their phrases on one line with non-breaking spaces
            String body = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"))
                    .replace('\u00a0', ' ');
            assertThat(body)
                    .contains("BÁO CÁO")
                    .contains("Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, Kế hoạch năm 2025")
                    .contains("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU")
                    .contains("ước thực hiện 128,5 triệu đồng/ha/năm, đạt 102,7% kế hoạch.")
                    .contains("ước thực hiện 221 người, đạt 88,4% kế hoạch.")
                    .contains("chỉ tiêu chủ yếu không đạt kế hoạch đề ra gồm:")
                    .contains("(đạt 88,4% KH giao)")
                    .contains("Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.");
            assertThat(doc.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .map(r -> r.getFontFamily())
                            .filter(f -> f != null)
                            .distinct()
                            .toList())
                    .containsExactly("Times New Roman");

            XWPFTable closing = doc.getTables().get(1);
            assertThat(closing.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
            assertThat(closing.getRow(0).getCell(1).getText())
                    .contains("TM. ỦY BAN NHÂN DÂN")
                    .contains("CHỦ TỊCH");

            assertThat(doc.getParagraphs().stream()
                            .filter(p -> p.getText().startsWith("Phụ lục I"))
                            .findFirst()
                            .orElseThrow()
                            .getRuns()
                            .get(0))
                    .satisfies(r -> {
                        assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
                        assertThat(r.isBold()).isTrue();
                    });
            assertThat(doc.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .filter(t -> t.startsWith("Tình hình thực hiện Kế hoạch"))
                            .findFirst()
                            .orElseThrow())
                    .as("the title is not broken inside 'kinh tế - xã hội' or 'năm 2024'")
                    .contains("kinh\u00a0tế\u00a0-\u00a0xã\u00a0hội")
                    .contains("năm\u00a02024");

            XWPFTable annex = doc.getTables().get(2);
            assertThat(annex.getRow(0).getTableCells().stream()
                            .map(c -> c.getText())
                            .toList())
                    .containsExactly(
                            "STT",
                            "Chỉ tiêu",
                            "ĐVT",
                            "Kế hoạch năm 2024",
                            "Ước thực hiện năm 2024",
                            "% so kế hoạch",
                            "Tăng (+), giảm (-) so cùng kỳ (%)",
                            "Kế hoạch năm 2025");
            XWPFTableRow farming = rowNamed(annex, "Giá trị sản xuất bình quân trên 1 ha");
            assertThat(farming.getTableCells().stream()
                            .map(c -> c.getText())
                            .toList()
                            .subList(2, 8))
                    .as(
                            "a target worked out from the seed's result and % (125,1) is left blank, as the seed prints none")
                    .containsExactly("triệu đồng/ha/năm", "", "128,5", "102,7", "", "135,6");
        }
    }

    @Test
    void theSpreadsheetKeepsTheAnnexNumbersNumeric() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file(ReportFormat.XLSX)))) {
            Sheet sheet = wb.getSheet("Phụ lục I");
            assertThat(sheet).isNotNull();
            Row head = sheet.getRow(4);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("ĐVT");
            Row farming = null;
            for (Row row : sheet) {
                if (row.getCell(1) != null
                        && row.getCell(1).getCellType() == CellType.STRING
                        && row.getCell(1).getStringCellValue().startsWith("Giá trị sản xuất bình quân trên 1 ha")) {
                    farming = row;
                }
            }
            assertThat(farming).isNotNull();
            assertThat(farming.getCell(2).getStringCellValue()).isEqualTo("triệu đồng/ha/năm");
            assertThat(farming.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(farming.getCell(4).getNumericCellValue()).isEqualTo(128.5);
            assertThat(farming.getCell(5).getNumericCellValue()).isEqualTo(102.7);
            assertThat(farming.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(farming.getCell(7).getNumericCellValue()).isEqualTo(135.6);
        }
    }

    @Test
    void thePdfSaysTheSameWithEveryDiacriticAndEmbedsItsFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Tỷ lệ suy dinh dưỡng")
                    .contains("đạt 88,4% kế hoạch")
                    .contains("ước thực hiện 9,16%, đạt 100,4% kế hoạch")
                    .contains("Số lao động được đào tạo nghề sơ cấp và dạy nghề thường xuyên");
            List<PDFont> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    /** Nghị định 30/2020: page numbers centred at the top, none on the first page. */
    @Test
    void numbersThePagesFromTheSecondOn() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file(ReportFormat.DOCX)))) {
            assertThat(doc.getHeaderList())
                    .anySatisfy(h -> assertThat(h.getParagraphs()
                                    .get(0)
                                    .getCTP()
                                    .getFldSimpleArray(0)
                                    .getInstr())
                            .isEqualTo("PAGE"));
            assertThat(doc.getHeaderList())
                    .anySatisfy(h -> assertThat(h.getText()).isBlank());
            var firstSection = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst()
                    .map(p -> p.getCTP().getPPr().getSectPr())
                    .orElse(doc.getDocument().getBody().getSectPr());
            assertThat(firstSection.isSetTitlePg())
                    .as("the first page has its own, empty header")
                    .isTrue();
        }
        try (PDDocument pdf = Loader.loadPDF(file(ReportFormat.PDF))) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(1);
            page.setEndPage(1);
            assertThat(page.getText(pdf).strip()).startsWith("ỦY BAN NHÂN DÂN");
            page.setStartPage(2);
            page.setEndPage(2);
            assertThat(page.getText(pdf).strip()).startsWith("2");
        }
    }

    private static XWPFTableRow rowNamed(XWPFTable table, String prefix) {
        return table.getRows().stream()
                .filter(r -> r.getCell(1).getText().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }
}

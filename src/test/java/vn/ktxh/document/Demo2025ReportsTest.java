package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.shared.Period;

/**
 * The 2025 reports of the demo data, where figures are few: tỉnh Lai Châu (12) has none for its main indicators,
 * phường Tân Phong (03408) has one of eighteen, and neither has a 2026 plan. No report claims "đều đạt và vượt
 * kế hoạch" of indicators without figures; it names them, says the 2026 targets are missing, leaves no heading
 * empty and prints no placeholder.
 */
@IntegrationTest
class Demo2025ReportsTest {

    /** What a template or a half-written sentence leaves behind. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\.\\.\\.|…|\\[|\\]|\\{|\\}|TODO|XXX|\\bnull\\b");

    @Autowired
    Reports reports;

    @Test
    void theProvinceWithoutFiguresSaysWhichAreMissingAndClaimsNothing() throws Exception {
        List<XWPFParagraph> paragraphs = paragraphs("12");
        String text = text(paragraphs);
        assertThat(text).doesNotContain("đều đạt").doesNotContain("đạt và vượt kế hoạch")
                .contains("Chưa có số liệu thực hiện các chỉ tiêu chủ yếu năm 2025.")
                .contains("Chưa có số liệu thực hiện của 14 chỉ tiêu chủ yếu: Tốc độ tăng trưởng kinh tế (GRDP); "
                        + "Thu ngân sách nhà nước trên địa bàn;")
                .contains("Chưa đánh giá được kết quả thực hiện các chỉ tiêu này.")
                .contains("Chưa có số liệu và nội dung đánh giá của các ngành, lĩnh vực năm 2025.")
                .contains("Chưa có chỉ tiêu kế hoạch năm 2026 trong hệ thống.");
        assertCleanAndNoEmptyHeading("12", text);
    }

    @Test
    void tanPhongCountsOnlyTheIndicatorWithAFigureAndNamesTheSeventeenWithout() throws Exception {
        List<XWPFParagraph> paragraphs = paragraphs("03408");
        String text = text(paragraphs);
        assertThat(text).doesNotContain("Các chỉ tiêu chủ yếu đều đạt")
                .contains("Có 01/01 chỉ tiêu chủ yếu đạt và vượt kế hoạch, trong đó 00/01 chỉ tiêu vượt kế hoạch. "
                        + "Còn 17/18 chỉ tiêu chủ yếu chưa có số liệu thực hiện, chưa được đánh giá.")
                .contains("Các chỉ tiêu chủ yếu có số liệu đều đạt và vượt kế hoạch đề ra. "
                        + "Chưa có số liệu thực hiện của 17 chỉ tiêu chủ yếu: Thu ngân sách nhà nước trên địa bàn;")
                .contains("Tỷ lệ chất thải rắn y tế được xử lý đạt tiêu chuẩn môi trường.")
                .contains("Chưa có chỉ tiêu kế hoạch năm 2026 trong hệ thống.");
        assertCleanAndNoEmptyHeading("03408", text);
    }

    /** No placeholder in the .docx; in the document, every heading has text before the next heading of its rank or above. */
    private void assertCleanAndNoEmptyHeading(String area, String text) {
        assertThat(PLACEHOLDER.matcher(text).results().map(m -> m.group()).toList()).as("placeholders").isEmpty();
        List<Block> body = reports.document(area, Period.parse("2025")).body();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h && !h.text().startsWith("Phần thứ")) {
                boolean empty = i + 1 == body.size() || body.get(i + 1) instanceof Block.Heading next && next.level() <= h.level();
                assertThat(empty).as("heading \"%s\" has text under it", h.text()).isFalse();
            }
        }
    }

    private List<XWPFParagraph> paragraphs(String area) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(reports.render(area, Period.parse("2025"), ReportFormat.DOCX)))) {
            return List.copyOf(d.getParagraphs());
        }
    }

    private static String text(List<XWPFParagraph> paragraphs) {
        return String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
    }
}

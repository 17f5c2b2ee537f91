package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;

/**
 * The 2025 reports of the demo data, where figures are few: tỉnh Lai Châu (12) has none for its main indicators,
 * phường Tân Phong (03408) has one of eighteen (more when other tests have entered some), and neither has a 2026 plan. No report claims "đều đạt và vượt
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
        assertThat(text)
                .doesNotContain("đều đạt")
                .doesNotContain("đạt và vượt kế hoạch")
                .contains("Chưa có số liệu thực hiện các chỉ tiêu chủ yếu năm 2025.")
                .contains("Chưa có số liệu thực hiện của 14 chỉ tiêu chủ yếu: Tốc độ tăng trưởng kinh tế (GRDP); "
                        + "Thu ngân sách nhà nước trên địa bàn;")
                .contains("Chưa đánh giá được kết quả thực hiện các chỉ tiêu này.")
                .contains("Chưa có số liệu và nội dung đánh giá của các ngành, lĩnh vực năm 2025.")
                .contains("Chưa có chỉ tiêu kế hoạch năm 2026 trong hệ thống.");
        assertCleanAndNoEmptyHeading("12", text);
    }

    /**
     * Other tests of the shared context may add figures to Tân Phong's 2025 (the user journey enters one), so the
     * counts are read from the report and checked against each other: the judged and the missing make the eighteen,
     * and every missing one is named.
     */
    @Test
    void tanPhongCountsOnlyTheIndicatorsWithAFigureAndNamesTheOthers() throws Exception {
        List<XWPFParagraph> paragraphs = paragraphs("03408");
        String text = text(paragraphs);
        assertThat(text)
                .doesNotContain("Các chỉ tiêu chủ yếu đều đạt")
                .contains("Tỷ lệ chất thải rắn y tế được xử lý đạt tiêu chuẩn môi trường.")
                .contains("Chưa có chỉ tiêu kế hoạch năm 2026 trong hệ thống.");
        Matcher counts = Pattern.compile("Có \\d\\d/(\\d\\d) chỉ tiêu chủ yếu [^.]+\\. "
                        + "Còn (\\d\\d)/18 chỉ tiêu chủ yếu chưa có số liệu thực hiện, chưa được đánh giá\\.")
                .matcher(text);
        assertThat(counts.find()).as("the count sentence in:\n%s", text).isTrue();
        int judged = Integer.parseInt(counts.group(1));
        int missing = Integer.parseInt(counts.group(2));
        assertThat(judged).isPositive();
        assertThat(judged + missing).isEqualTo(18);
        Matcher named = Pattern.compile("Chưa có số liệu thực hiện của " + missing + " chỉ tiêu chủ yếu: ([^.]+)\\.")
                .matcher(text);
        assertThat(named.find()).as("the missing ones named").isTrue();
        assertThat(named.group(1).split("; ")).hasSize(missing);
        assertCleanAndNoEmptyHeading("03408", text);
    }

    /** No placeholder in the .docx; in the document, every heading has text before the next heading of its rank or above. */
    private void assertCleanAndNoEmptyHeading(String area, String text) {
        assertThat(PLACEHOLDER.matcher(text).results().map(m -> m.group()).toList())
                .as("placeholders")
                .isEmpty();
        List<Block> body =
                reports.document(Actor.system(), area, Period.parse("2025")).body();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h && !h.text().startsWith("Phần thứ")) {
                boolean empty = i + 1 == body.size()
                        || body.get(i + 1) instanceof Block.Heading next && next.level() <= h.level();
                assertThat(empty)
                        .as("heading \"%s\" has text under it", h.text())
                        .isFalse();
            }
        }
    }

    private List<XWPFParagraph> paragraphs(String area) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(
                reports.render(Actor.system(), area, Period.parse("2025"), ReportFormat.DOCX)))) {
            return List.copyOf(d.getParagraphs());
        }
    }

    private static String text(List<XWPFParagraph> paragraphs) {
        return String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
    }
}

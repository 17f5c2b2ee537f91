package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;

/**
 * The outline of a yearly report follows seed 002 (thành phố Lai Châu, 2024): sectors under their groups, numbered 1.
 * and 1.1.; the focus programmes; the general assessment with outstanding results, limitations and their causes; the
 * body pointing to Phụ lục I; and, for the next year, the outlook, the goal with the targets, the tasks. A part made
 * only of users' words is printed once written, never as an empty heading. Phường Đoàn Kết 2023, which no other
 * test writes.
 */
@IntegrationTest
class ReportStructureTest {

    private static final Period YEAR = Period.parse("2023");

    @Autowired
    Reports reports;

    @Test
    void aYearlyReportWithEverySectionWrittenHasSeed002sOutline() {
        List<Narrative.Section> sections = new ArrayList<>();
        for (String key : List.of(
                ReportSections.INTRODUCTION,
                "thương mại dịch vụ du lịch",
                "giáo dục",
                "y tế dân số",
                "quốc phòng an ninh",
                ReportSections.PROGRAMMES,
                ReportSections.ACHIEVEMENTS,
                ReportSections.LIMITATIONS,
                ReportSections.CAUSES,
                ReportSections.OUTLOOK,
                ReportSections.GOAL,
                ReportSections.TASKS)) {
            sections.add(new Narrative.Section(key, "Nội dung phần " + key + ".", null, null));
        }
        reports.saveNarrative(
                Actor.system(), "03388", YEAR, new Narrative(Narrative.Particulars.NONE, sections), "kiểm thử");

        List<String> outline = reports.document(Actor.system(), "03388", YEAR).body().stream()
                .filter(Block.Heading.class::isInstance)
                .map(b -> plain(((Block.Heading) b).text()))
                .toList();

        assertThat(outline)
                .containsSubsequence(
                        "Phần thứ nhất",
                        "I. KẾT QUẢ THỰC HIỆN TRÊN CÁC NGÀNH, LĨNH VỰC",
                        "1. Về phát triển kinh tế",
                        "1.1. Thương mại - dịch vụ, du lịch",
                        "2. Về văn hóa - xã hội",
                        "2.1. Giáo dục và đào tạo",
                        "2.2. Y tế, dân số",
                        "3. Về quốc phòng - an ninh",
                        "3.1. Quốc phòng, an ninh",
                        "II. TÌNH HÌNH THỰC HIỆN CÁC CHƯƠNG TRÌNH TRỌNG TÂM",
                        "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU",
                        "IV. ĐÁNH GIÁ CHUNG",
                        "1. Kết quả đạt được nổi bật",
                        "2. Tồn tại, hạn chế",
                        "3. Nguyên nhân hạn chế",
                        "Phần thứ hai",
                        "I. DỰ BÁO THUẬN LỢI, KHÓ KHĂN",
                        "II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024",
                        "1. Mục tiêu chung",
                        "2. Các chỉ tiêu chủ yếu",
                        "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM 2024");
        assertThat(String.join(
                        "\n",
                        reports.document(Actor.system(), "03388", YEAR).body().stream()
                                .map(Object::toString)
                                .toList()))
                .contains(
                        "Nội dung phần " + ReportSections.CAUSES + ".",
                        "Nội dung phần " + ReportSections.OUTLOOK + ".");
    }

    @Test
    void aReportWithoutTheirWordsPrintsNoneOfTheirHeadings() {
        List<String> outline = reports.document(Actor.system(), "105", Period.parse("2024")).body().stream()
                .filter(Block.Heading.class::isInstance)
                .map(b -> plain(((Block.Heading) b).text()))
                .toList();
        assertThat(outline)
                .contains("IV. ĐÁNH GIÁ CHUNG".replace("IV", "III"), "1. Tồn tại, hạn chế")
                .noneMatch(
                        h -> h.contains("CHƯƠNG TRÌNH TRỌNG TÂM") || h.contains("DỰ BÁO") || h.contains("Nguyên nhân"));
    }

    /** Headings keep their phrases together with no-break spaces; the outline is compared as read. */
    private static String plain(String heading) {
        return heading.replace('\u00a0', ' ');
    }
}

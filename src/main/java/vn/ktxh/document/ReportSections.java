package vn.ktxh.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sections users write: an introduction, one per sector (ngành, lĩnh vực) in the order reports treat them —
 * economy first, then society, defence, administration — the limitations, and the tasks ahead.
 */
public final class ReportSections {

    public static final String INTRODUCTION = "mở đầu";
    public static final String LIMITATIONS = "tồn tại, hạn chế";
    public static final String TASKS = "nhiệm vụ, giải pháp";

    /** Known sectors of the catalogue with the heading a report gives them; others follow, capitalised. */
    private static final Map<String, String> SECTOR_HEADINGS = new LinkedHashMap<>();

    static {
        SECTOR_HEADINGS.put("kinh tế chung", "Tăng trưởng kinh tế, thu nhập");
        SECTOR_HEADINGS.put("thương mại dịch vụ du lịch", "Thương mại - dịch vụ, du lịch");
        SECTOR_HEADINGS.put("công nghiệp xây dựng", "Công nghiệp, tiểu thủ công nghiệp, xây dựng");
        SECTOR_HEADINGS.put("nông lâm nghiệp", "Sản xuất nông, lâm nghiệp, thủy sản");
        SECTOR_HEADINGS.put("tài chính ngân sách", "Thu, chi ngân sách");
        SECTOR_HEADINGS.put("đầu tư hạ tầng", "Đầu tư phát triển, kết cấu hạ tầng");
        SECTOR_HEADINGS.put("đô thị đất đai môi trường", "Quản lý đô thị, đất đai, tài nguyên và môi trường");
        SECTOR_HEADINGS.put("giáo dục", "Giáo dục và đào tạo");
        SECTOR_HEADINGS.put("y tế dân số", "Y tế, dân số");
        SECTOR_HEADINGS.put("lao động việc làm an sinh", "Lao động, việc làm, an sinh xã hội");
        SECTOR_HEADINGS.put("văn hóa thể thao thông tin", "Văn hóa, thể thao, thông tin");
        SECTOR_HEADINGS.put("khoa học công nghệ chuyển đổi số", "Khoa học, công nghệ, chuyển đổi số");
        SECTOR_HEADINGS.put("nội chính cải cách hành chính", "Nội chính, cải cách hành chính");
        SECTOR_HEADINGS.put("quốc phòng an ninh", "Quốc phòng, an ninh");
    }

    private ReportSections() {
    }

    /** The sectors to write about, known ones in report order, then any other sector of the catalogue. */
    public static List<String> sectors(Collection<String> catalogueSectors) {
        List<String> out = new ArrayList<>(SECTOR_HEADINGS.keySet());
        catalogueSectors.stream().filter(s -> s != null && !s.isBlank() && !out.contains(s)).sorted().forEach(out::add);
        return out;
    }

    /** Every section key of the editor, in the order the report prints them. */
    public static List<String> keys(Collection<String> catalogueSectors) {
        List<String> out = new ArrayList<>(List.of(INTRODUCTION));
        out.addAll(sectors(catalogueSectors));
        out.add(LIMITATIONS);
        out.add(TASKS);
        return out;
    }

    public static String heading(String key) {
        return switch (key) {
            case INTRODUCTION -> "Mở đầu (đoạn trước Phần thứ nhất)";
            case LIMITATIONS -> "Tồn tại, hạn chế và nguyên nhân";
            case TASKS -> "Nhiệm vụ, giải pháp chủ yếu";
            default -> SECTOR_HEADINGS.getOrDefault(key, capitalised(key));
        };
    }

    public static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}

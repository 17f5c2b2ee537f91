package vn.ktxh.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sections users write, in the order of seed 002 (báo cáo of thành phố Lai Châu, 2024): an introduction; one per
 * sector (ngành, lĩnh vực), grouped as reports group them — economy, culture and society, towns and environment,
 * defence and security, government; the focus programmes; the general assessment (outstanding results, limitations,
 * their causes); then, for the year ahead, the outlook, the general goal and the tasks and solutions.
 */
public final class ReportSections {

    public static final String INTRODUCTION = "mở đầu";
    public static final String LIMITATIONS = "tồn tại, hạn chế";
    public static final String TASKS = "nhiệm vụ, giải pháp";
    public static final String PROGRAMMES = "chương trình trọng tâm";
    public static final String ACHIEVEMENTS = "kết quả nổi bật";
    public static final String CAUSES = "nguyên nhân hạn chế";
    public static final String OUTLOOK = "dự báo thuận lợi, khó khăn";
    public static final String GOAL = "mục tiêu chung";

    /** The sections that belong to no sector, written by those who submit the report. */
    private static final List<String> GENERAL =
            List.of(INTRODUCTION, PROGRAMMES, ACHIEVEMENTS, LIMITATIONS, CAUSES, OUTLOOK, GOAL, TASKS);

    /** The groups of sectors under "I. Kết quả thực hiện trên các ngành, lĩnh vực", as seed 002 numbers them (1., 1.1.). */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    private static final String OTHER_GROUP = "Các lĩnh vực khác";

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
        GROUPS.put(
                "Về phát triển kinh tế",
                List.of(
                        "kinh tế chung",
                        "thương mại dịch vụ du lịch",
                        "công nghiệp xây dựng",
                        "nông lâm nghiệp",
                        "tài chính ngân sách",
                        "đầu tư hạ tầng"));
        GROUPS.put(
                "Về văn hóa - xã hội",
                List.of(
                        "giáo dục",
                        "y tế dân số",
                        "lao động việc làm an sinh",
                        "văn hóa thể thao thông tin",
                        "khoa học công nghệ chuyển đổi số"));
        GROUPS.put("Về quản lý đô thị, tài nguyên - môi trường", List.of("đô thị đất đai môi trường"));
        GROUPS.put("Về quốc phòng - an ninh", List.of("quốc phòng an ninh"));
        GROUPS.put("Về xây dựng chính quyền", List.of("nội chính cải cách hành chính"));
    }

    private ReportSections() {}

    /** The sectors to write about, known ones in report order, then any other sector of the catalogue. */
    public static List<String> sectors(Collection<String> catalogueSectors) {
        List<String> out = new ArrayList<>(SECTOR_HEADINGS.keySet());
        catalogueSectors.stream()
                .filter(s -> s != null && !s.isBlank() && !out.contains(s))
                .sorted()
                .forEach(out::add);
        return out;
    }

    /** The sectors by group heading, in report order; a sector of no known group goes to the last, "Các lĩnh vực khác". */
    public static Map<String, List<String>> groups(Collection<String> catalogueSectors) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String sector : sectors(catalogueSectors)) {
            String group = GROUPS.entrySet().stream()
                    .filter(g -> g.getValue().contains(sector))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(OTHER_GROUP);
            out.computeIfAbsent(group, g -> new ArrayList<>()).add(sector);
        }
        return out;
    }

    /** Every section key of the editor, in the order the report prints them. */
    public static List<String> keys(Collection<String> catalogueSectors) {
        List<String> out = new ArrayList<>(List.of(INTRODUCTION));
        out.addAll(sectors(catalogueSectors));
        out.addAll(GENERAL.subList(1, GENERAL.size()));
        return out;
    }

    /** Whether a section is a sector's, which the sector's department may write too. */
    public static boolean isSector(String key) {
        return !GENERAL.contains(key);
    }

    public static String heading(String key) {
        return switch (key) {
            case INTRODUCTION -> "Mở đầu (đoạn trước Phần thứ nhất)";
            case PROGRAMMES -> "Tình hình thực hiện các chương trình trọng tâm";
            case ACHIEVEMENTS -> "Đánh giá chung: kết quả đạt được nổi bật";
            case LIMITATIONS -> "Đánh giá chung: tồn tại, hạn chế";
            case CAUSES -> "Đánh giá chung: nguyên nhân hạn chế";
            case OUTLOOK -> "Năm tới: dự báo thuận lợi, khó khăn";
            case GOAL -> "Năm tới: mục tiêu chung";
            case TASKS -> "Năm tới: nhiệm vụ, giải pháp chủ yếu";
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

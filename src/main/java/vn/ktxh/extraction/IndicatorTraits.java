package vn.ktxh.extraction;

import java.util.List;
import java.util.Map;
import vn.ktxh.indicator.Direction;
import vn.ktxh.shared.FoldedText;

/** The sector and direction an indicator's words suggest ("hộ nghèo" is less-is-better, social security). */
final class IndicatorTraits {

    /** Sectors by the words of the indicator or its section heading (folded), most specific first. */
    private static final List<Map.Entry<String, List<String>>> SECTORS = List.of(
            Map.entry(
                    "tài chính ngân sách",
                    List.of("ngan sach", "thu noi dia", "thu ngan", "chi ngan", "nsnn", "nsdp", "thue", "tin dung")),
            Map.entry(
                    "đầu tư hạ tầng",
                    List.of(
                            "giai ngan",
                            "von dau tu",
                            "dau tu cong",
                            "ke hoach von",
                            "ha tang",
                            "giao thong",
                            "duong")),
            Map.entry("giáo dục", List.of("truong", "hoc sinh", "giao vien", "lop", "giao duc", "pho cap", "chau")),
            Map.entry(
                    "y tế dân số",
                    List.of(
                            "y te",
                            "benh",
                            "dan so",
                            "suy dinh duong",
                            "tiem",
                            "bao hiem y te",
                            "kham",
                            "ca ",
                            "suc khoe")),
            Map.entry(
                    "lao động việc làm an sinh",
                    List.of(
                            "lao dong",
                            "viec lam",
                            "ho ngheo",
                            "can ngheo",
                            "dao tao nghe",
                            "an sinh",
                            "nguoi co cong",
                            "bao tro",
                            "tre em")),
            Map.entry(
                    "văn hóa thể thao thông tin",
                    List.of(
                            "van hoa",
                            "the thao",
                            "tin bai",
                            "truyen hinh",
                            "truyen thanh",
                            "phat thanh",
                            "le hoi",
                            "giai")),
            Map.entry(
                    "nông lâm nghiệp",
                    List.of(
                            "nong",
                            "lam nghiep",
                            "rung",
                            "cay",
                            "lua",
                            "ngo",
                            "che",
                            "chan nuoi",
                            "gia suc",
                            "gia cam",
                            "thuy san",
                            "luong thuc",
                            "trong trot",
                            "ha")),
            Map.entry(
                    "thương mại dịch vụ du lịch",
                    List.of(
                            "thuong mai",
                            "ban le",
                            "du lich",
                            "khach",
                            "dich vu",
                            "cho",
                            "sieu thi",
                            "ocop",
                            "nha hang",
                            "luu tru")),
            Map.entry("công nghiệp xây dựng", List.of("cong nghiep", "xay dung", "san xuat", "khai thac")),
            Map.entry(
                    "đô thị đất đai môi trường",
                    List.of("dat", "do thi", "moi truong", "chat thai", "nuoc sach", "quy hoach", "dien tich")),
            Map.entry(
                    "khoa học công nghệ chuyển đổi số",
                    List.of("chuyen doi so", "cong nghe", "truc tuyen", "so hoa", "khoa hoc", "dien tu")),
            Map.entry(
                    "quốc phòng an ninh",
                    List.of(
                            "quan su",
                            "quoc phong",
                            "an ninh",
                            "toi pham",
                            "ma tuy",
                            "cong an",
                            "tai nan",
                            "giao quan",
                            "dan quan",
                            "vi pham")),
            Map.entry(
                    "nội chính cải cách hành chính",
                    List.of(
                            "thu tuc hanh chinh",
                            "ho so",
                            "thanh tra",
                            "khieu nai",
                            "tiep cong dan",
                            "cong chuc",
                            "vien chuc",
                            "can bo")),
            Map.entry(
                    "kinh tế chung",
                    List.of("tang truong", "grdp", "thu nhap", "gia tri san xuat", "doanh nghiep", "hop tac xa")));

    private static final List<String> LESS_IS_BETTER = List.of(
            "ngheo",
            "suy dinh duong",
            "tai nan",
            "vi pham",
            "toi pham",
            "no xau",
            "o nhiem",
            "tu vong",
            "chay",
            "dich benh",
            "ma tuy",
            "that nghiep",
            "tang dan so",
            "benh",
            "thiet hai",
            "khieu nai",
            "giai the",
            "sinh con thu 3");
    private static final List<String> NEITHER = List.of("dan so", "dien tich", "so ho", "tong so ho", "quy mo");

    private IndicatorTraits() {}

    static String sector(String indicator, String heading) {
        String words = " " + FoldedText.fold(indicator) + " ";
        String section = " " + FoldedText.fold(heading == null ? "" : heading) + " ";
        for (String text : List.of(words, section)) {
            for (Map.Entry<String, List<String>> sector : SECTORS) {
                for (String cue : sector.getValue()) {
                    if (text.contains(" " + cue)) {
                        return sector.getKey();
                    }
                }
            }
        }
        return "kinh tế chung";
    }

    static Direction direction(String indicator) {
        String words = FoldedText.fold(indicator);
        if (words.contains("muc giam") || words.contains("thoat ngheo")) {
            return Direction.UP;
        }
        for (String cue : LESS_IS_BETTER) {
            if (words.contains(cue)) {
                return Direction.DOWN;
            }
        }
        for (String cue : NEITHER) {
            if (words.startsWith(cue) || words.startsWith("so " + cue) || words.contains("quy mo")) {
                return Direction.NEITHER;
            }
        }
        return Direction.UP;
    }
}

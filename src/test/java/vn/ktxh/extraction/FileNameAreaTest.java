package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The area a saved page's file name gives when its text never names its own. */
class FileNameAreaTest {

    private static String areaOf(String fileName, String text) {
        List<IndicatorStatement> found = new StatementExtractor().extract(DocumentText.ofText(fileName, text));
        assertThat(found).isNotEmpty();
        return found.get(0).area();
    }

    @Test
    void readsAProvinceFromTheFileNameWithItsOwnKindOfUnit() {
        assertThat(areaOf("tinh-quangtri-2024.txt", "Năm 2024, thu ngân sách của tỉnh đạt 3.200 tỷ đồng."))
                .isEqualTo("tỉnh Quảng Trị");
        assertThat(areaOf("haiphong_baocao_2024.txt", "Năm 2024, tổng vốn đầu tư đạt 120.000 tỷ đồng."))
                .isEqualTo("thành phố Hải Phòng");
    }

    @Test
    void restoresTheDiacriticsOfALowerUnitFromTheNameTheTextWrites() {
        assertThat(areaOf("xa-tan-lap-6t2023.txt", "Nhân dân Tân Lập 6 tháng đầu năm 2023 trồng được 45 ha rừng."))
                .isEqualTo("xã Tân Lập");
        assertThat(FileNameArea.of("huyen-haiha-2024.txt", List.of("Huyện ủy Hải Hà họp")))
                .isEqualTo("huyện Hải Hà");
    }

    @Test
    void takesADistrictTheTextNeverNamesFromTheListOfDistricts() {
        assertThat(areaOf("huyen-baolac-2023.txt", """
                Năm 2023, huyện đã hoàn thành 45 công trình; trên địa bàn xã Cô Ba có 12 hợp tác xã.""")).isEqualTo("huyện Bảo Lạc");
        assertThat(FileNameArea.of("thixa-sapa-6t2022.txt", List.of("Thu ngân sách đạt 120 tỷ đồng")))
                .isEqualTo("thị xã Sa Pa");
    }

    @Test
    void takesACommuneTheTextNeverNamesFromTheListOfCommunes() {
        assertThat(areaOf("xa-daiphuc-kh2021.txt", """
                CÁC CHỈ TIÊU NĂM 2021:
                - Sản lượng lương thực 3.400 tấn.""")).isEqualTo("xã Đại Phúc");
        assertThat(FileNameArea.of("phuong-quangphu-2024.txt", List.of("Thu ngân sách đạt 9 tỷ đồng")))
                .isEqualTo("phường Quảng Phú");
        // "xã Nam Hùng" and "xã Nam Hưng" fold alike: no commune
        assertThat(FileNameArea.of("xa-namhung-2024.txt", List.of("Thu ngân sách đạt 9 tỷ đồng")))
                .isNull();
    }

    @Test
    void aPageThatNamesNoYearTakesItFromItsFileName() {
        List<IndicatorStatement> found = new StatementExtractor()
                .extract(DocumentText.ofText(
                        "huyen-baolac-6t2023.txt", "Trong 6 tháng đầu năm, toàn huyện trồng mới 120 ha rừng."));
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("6T/2023");
        assertThat(FileNameArea.yearOf("xa-an-binh-2021-2025.txt")).isEqualTo("2025");
        assertThat(FileNameArea.yearOf("9efadce11960fece.txt")).isNull();
    }

    @Test
    void aPageThatNamesNoPeriodAtAllTakesItFromItsFileName() {
        List<IndicatorStatement> found = new StatementExtractor()
                .extract(DocumentText.ofText("xa-anbinh-9t2027.txt", "Toàn xã trồng mới 120 ha rừng."));
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("9T/2027");
        assertThat(FileNameArea.periodOf("tinh-x-q3-2027.txt")).isEqualTo("2027");
        assertThat(FileNameArea.periodOf("tinh-x-q3_2027.txt")).isEqualTo("2027");
        assertThat(FileNameArea.periodOf("tinh-x-t10-2027.txt")).isEqualTo("2027");
        assertThat(FileNameArea.periodOf("tinh-x-t102027.txt")).isEqualTo("T10/2027");
        assertThat(FileNameArea.periodOf("tinh-x-kh2027.txt")).isEqualTo("2027");
    }

    @Test
    void aPageOfTheGovernmentOrTheAssemblyIsTheCountrysWhereItsTextNamesNoArea() {
        List<IndicatorStatement> found =
                new StatementExtractor().extract(DocumentText.ofText("cp-chuongtrinh-2030.txt", """
                        Theo đó, Chương trình đặt mục tiêu đến năm 2030 tăng thu nhập bình quân gấp 2 lần so với năm 2025.
                        Phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới 65%, cao hơn so với năm 2025.
                        """));
        assertThat(found).extracting(IndicatorStatement::area).containsOnly("cả nước");
        assertThat(FileNameArea.of("qh-nq-kh2027.txt", List.of())).isEqualTo("cả nước");
    }

    @Test
    void givesNoDistrictWhereTwoNamesFoldAlike() {
        // "huyện Phù Ninh" (Phú Thọ) and "huyện Phú Ninh" (Quảng Nam) lose their difference without diacritics
        assertThat(FileNameArea.of("huyen-phuninh-2023.txt", List.of("Thu ngân sách đạt 120 tỷ đồng")))
                .isNull();
    }

    @Test
    void givesNothingForANameThatNamesNoArea() {
        assertThat(FileNameArea.of("9efadce11960fece.txt", List.of("Ước đạt 12 tỷ đồng")))
                .isNull();
        assertThat(FileNameArea.of("huyen-khongco-2024.txt", List.of("Ước đạt 12 tỷ đồng")))
                .isNull();
    }

    @Test
    void aNameInTheHeaderWinsOverTheFileName() {
        assertThat(areaOf("tinh-quangtri-2024.txt", """
                ỦY BAN NHÂN DÂN XÃ HƯỚNG HIỆP
                BÁO CÁO
                Thu ngân sách đạt 3,2 tỷ đồng.""")).isEqualTo("xã Hướng Hiệp");
    }

    @Test
    void aCityNamedInTheFileIsTheCityNotTheProvinceOfTheSameName() {
        assertThat(FileNameArea.of("tp-thanhhoa-9t2019.txt", List.of("Thu ngân sách đạt 900 tỷ đồng")))
                .isEqualTo("thành phố Thanh Hóa");
        assertThat(FileNameArea.of("tinh-thanhhoa-9t2019.txt", List.of("Thu ngân sách đạt 900 tỷ đồng")))
                .isEqualTo("tỉnh Thanh Hóa");
    }

    @Test
    void readsAThreeLetterNameAfterItsLevelWord() {
        assertThat(FileNameArea.of("tp-hue-2024.txt", List.of("Thu ngân sách đạt 900 tỷ đồng")))
                .isEqualTo("thành phố Huế");
        assertThat(FileNameArea.of("kh-hue-2024.txt", List.of("Thu ngân sách đạt 900 tỷ đồng")))
                .isNull();
    }
}

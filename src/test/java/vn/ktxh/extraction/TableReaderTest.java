package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annex tables in the layouts conversions give them, each written for the test in its own words. */
class TableReaderTest {

    private static List<IndicatorStatement> extract(String text) {
        return new StatementExtractor().extract(DocumentText.ofText("bang.txt", text));
    }

    private static String row(IndicatorStatement s) {
        return "%d %s %s %s %s"
                .formatted(
                        s.line(),
                        s.value().stripTrailingZeros().toPlainString(),
                        s.unit(),
                        s.kind().code(),
                        s.period());
    }

    @Test
    void readsAHeaderOfTwoRowsWithMergedYearsIntoOneColumnModel() {
        List<IndicatorStatement> found = extract("""
                UBND HUYỆN MINH SƠN
                BÁO CÁO
                Tình hình thực hiện kế hoạch năm 2025, ngày 10 tháng 12 năm 2025
                STT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026
                Kế hoạch | Ước thực hiện | Kế hoạch
                1 | 2 | 3 | 4 | 5 | 6
                I | Kinh tế
                1 | Tổng thu ngân sách | tỷ đồng | 1.250 | 1.310,5 | 1.400
                2 | Số xã đạt chuẩn nông thôn mới | xã | 0 | - | 2
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "8 1250 tỷ đồng target 2025",
                        "8 1310.5 tỷ đồng estimate 2025",
                        "8 1400 tỷ đồng target 2026",
                        "9 0 xã target 2025",
                        "9 2 xã target 2026");
        assertThat(found).extracting(IndicatorStatement::area).containsOnly("huyện Minh Sơn");
        assertThat(found.get(0).indicator()).isEqualTo("Tổng thu ngân sách");
    }

    @Test
    void readsThreeHeaderRowsWithASpanColumnAndComparisonsAgainstPlanAndTheYearBefore() {
        List<IndicatorStatement> found = extract("""
                UBND TỈNH BẮC KẠN
                KẾ HOẠCH
                Phát triển kinh tế - xã hội năm 2027
                TT | Chỉ tiêu | Đơn vị | Năm 2026 | | | | Năm 2027 | Giai đoạn 2021-2025
                 | | | Kế hoạch | Ước thực hiện | So KH (%) | So cùng kỳ (%) | Kế hoạch | Thực hiện
                A | B | C | 1 | 2 | 3 | 4 | 5 | 6
                II | CHỈ TIÊU XÃ HỘI | | | | | | |
                1 | Số trạm y tế đạt chuẩn | trạm | 80 | 84 | 105 | 110,5 | 90 | -
                2 | Số hộ được hỗ trợ nhà ở (hộ) | | 300 | 270 | 90 | | 350 | 0
                """);
        assertThat(found)
                .extracting(s -> row(s) + " " + plain(s.pctOfPlan()) + " " + plain(s.changePct()))
                .containsExactly(
                        "8 80 trạm target 2026 - -",
                        "8 84 trạm estimate 2026 105 10.5",
                        "8 90 trạm target 2027 - -",
                        "9 300 hộ target 2026 - -",
                        "9 270 hộ estimate 2026 90 -",
                        "9 350 hộ target 2027 - -",
                        "9 0 hộ actual 2021-2025 - -");
    }

    private static String plain(BigDecimal number) {
        return number == null ? "-" : number.stripTrailingZeros().toPlainString();
    }

    @Test
    void readsALowerHeaderRowWrittenFullWidthWithEmptyMergedCells() {
        List<IndicatorStatement> found = extract("""
                TT | Nội dung | Đơn vị tính | Giai đoạn 2021-2025 | | Kế hoạch 2026
                 |  |  | Mục tiêu | Thực hiện |
                1 | Tỷ lệ trường đạt chuẩn quốc gia | % | 80 | 82,5 | 85
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly("3 80 % target 2021-2025", "3 82.5 % actual 2021-2025", "3 85 % target 2026");
    }

    @Test
    void takesTheUnitFromTheRowLabelAndTheKindOfABareYearFromTheDate() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH
                Hà Nội, ngày 05 tháng 01 năm 2026
                Chỉ tiêu | 2024 | 2025 | 2027
                Tỷ lệ che phủ rừng (%) | 41,2 | 42 | 43,5
                Chỉ số phát triển con người (HDI) | 0,71 | 0,72 |
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 41.2 % actual 2024",
                        "4 42 % actual 2025",
                        "4 43.5 % target 2027",
                        "5 0.71 null actual 2024",
                        "5 0.72 null actual 2025");
    }

    @Test
    void anEstimateForAYearNotBegunOnTheDocumentsDateIsATarget() {
        List<IndicatorStatement> found = extract("""
                MỘT SỐ CHỈ TIÊU CHỦ YẾU CỦA HUYỆN
                (Trích Báo cáo số 215/BC-UBND ngày 10/11/2023)
                TT | Chỉ tiêu | Ước thực hiện năm 2023 | Ước đạt năm 2024
                1 | Thu ngân sách (tỷ đồng) | 410 | 450
                2 | Tỷ lệ trường đạt chuẩn (%) | 62 | 65
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 410 tỷ đồng estimate 2023",
                        "4 450 tỷ đồng target 2024",
                        "5 62 % estimate 2023",
                        "5 65 % target 2024");
    }

    @Test
    void readsDtAsTheBudgetOnlyWhenNoNounFollowsIt() {
        List<IndicatorStatement> found = extract("""
                Năm | DT gieo trồng (ha) | Sản lượng (tấn) | DT 2024 (tỷ đồng)
                2022 | 1.210 | 7.300 | 280
                2023 | 1.250 | 7.520 | 300
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "2 1210 ha actual 2022",
                        "2 7300 tấn actual 2022",
                        "2 280 tỷ đồng target 2024",
                        "3 1250 ha actual 2023",
                        "3 7520 tấn actual 2023",
                        "3 300 tỷ đồng target 2024");
    }

    @Test
    void readsABilingualYearbookTableWithBreakdownRowsInTheUnitOfTheirTotal() {
        List<IndicatorStatement> found = extract("""
                Cục Thống kê tỉnh Hòa Lâm
                Số cơ sở y tế
                 | 2019 | 2020 | Sơ bộ Prel. 2021
                Số bệnh viện (Bệnh viện) Number of hospitals (Hospital) | 12 | 13 | 13
                Phân theo cấp quản lý - By management level |  |  |
                Tỉnh - Provincial | 4 | 4 | 5
                Huyện - District | 8 | 9 | 8
                Số giường bệnh (Giường) Number of beds (Bed) | 2.100 | 2.240 | 2.300
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 12 bệnh viện actual 2019",
                        "4 13 bệnh viện actual 2020",
                        "4 13 bệnh viện actual 2021",
                        "6 4 bệnh viện actual 2019",
                        "6 4 bệnh viện actual 2020",
                        "6 5 bệnh viện actual 2021",
                        "7 8 bệnh viện actual 2019",
                        "7 9 bệnh viện actual 2020",
                        "7 8 bệnh viện actual 2021",
                        "8 2100 giường actual 2019",
                        "8 2240 giường actual 2020",
                        "8 2300 giường actual 2021");
    }

    @Test
    void readsAMonthlyIndexTableWithItsUnitOnALineOfItsOwn() {
        List<IndicatorStatement> found = extract("""
                120. Chỉ số giá vàng các tháng trong năm
                Gold price index by months
                %
                 | 2021 | Sơ bộ Prel. 2022
                Tháng 1 - Jan. | 101,20 | 99,85
                Tháng 12 năm báo cáo so với tháng 12 năm trước | 104,10 | 103,20
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "5 101.2 % actual T1/2021",
                        "5 99.85 % actual T1/2022", "6 104.1 % actual T12/2021", "6 103.2 % actual T12/2022");
    }

    @Test
    void givesEachDistrictRowItsDistrictAndReadsATaxColumnAsAFigure() {
        List<IndicatorStatement> found = extract("""
                Giá trị tăng thêm năm 2022 phân theo huyện
                Đơn vị tính - Unit: Tỷ đồng
                 | Tổng số - Total | Thuế sản phẩm - Product taxes
                1. Thành phố Sơn Hà Son Ha city | 1.250 | 40
                2. Huyện Đắk Mai Dak Mai district | 830 | 25
                """);
        assertThat(found)
                .extracting(s -> row(s) + " " + s.area())
                .containsExactly(
                        "4 1250 tỷ đồng actual 2022 thành phố Sơn Hà",
                        "4 40 tỷ đồng actual 2022 thành phố Sơn Hà",
                        "5 830 tỷ đồng actual 2022 huyện Đắk Mai",
                        "5 25 tỷ đồng actual 2022 huyện Đắk Mai");
    }

    @Test
    void aTableByDistrictCountsItsBareDistrictRowsAndItsPartsInTheUnitOfTheTotalAbove() {
        List<IndicatorStatement> found = extract("""
                12. DIỆN TÍCH CÀ PHÊ PHÂN THEO HUYỆN
                 | 2020 | 2021
                I. Diện tích trồng (Ha) planted area (Ha) | 5.300 | 5.410
                Trong đó: Quốc doanh Of which: State - managed | 800 | 760
                Trong đó: Số hộ trồng | 1.200 | 1.250
                Krông Năng | 1.900 | 1.950
                Ea Súp | - | 35
                """);
        assertThat(found)
                .extracting(s -> row(s) + " " + s.area())
                .containsExactly(
                        "3 5300 ha actual 2020 cả nước",
                        "3 5410 ha actual 2021 cả nước",
                        "4 800 ha actual 2020 cả nước",
                        "4 760 ha actual 2021 cả nước",
                        "5 1200 null actual 2020 cả nước",
                        "5 1250 null actual 2021 cả nước",
                        "6 1900 ha actual 2020 Krông Năng",
                        "6 1950 ha actual 2021 Krông Năng",
                        "7 35 ha actual 2021 Ea Súp");
    }

    @Test
    void rowsUnderATotalKeepNoUnitOfItWhenTheTitleDoesNotBreakItDownByPlace() {
        List<IndicatorStatement> found = extract("""
                DIỆN TÍCH MỘT SỐ CÂY TRỒNG
                 | 2020 | 2021
                Diện tích lúa (Ha) | 5.300 | 5.410
                Sản lượng lúa | 31.000 | 32.100
                """);
        assertThat(found).extracting(IndicatorStatement::unit).containsExactly("ha", "ha", null, null);
    }

    @Test
    void aRowLeavingOutOnlyTheNoteAtItsEndKeepsItsFiguresUnderTheirColumnsAndARateColumnItsOwnUnit() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO
                Hà Nội, ngày 05 tháng 01 năm 2026
                Số TT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Tốc độ phát triển bình quân (%) 2021 – 2025 | Dự kiến 2030 | Ghi chú
                1 | Tổng giá trị sản xuất | tỷ đồng | 2.482 | 11,06 | 5.114
                2 | Mặt bằng học vấn dân cư | lớp | 7,5 | - | 10
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 2482 tỷ đồng actual 2025",
                        "4 11.06 % actual 2021-2025",
                        "4 5114 tỷ đồng target 2030",
                        "5 7.5 lớp actual 2025",
                        "5 10 lớp target 2030");
    }

    @Test
    void aTitleOpeningWithSoIsNoDocumentNumberAndGivesTheYearOfATableWithoutYearColumns() {
        List<IndicatorStatement> found = extract("""
                Số giường bệnh năm 2028 phân theo quận/huyện
                Đăng ngày 15-11-2029 15:38
                (ĐVT: giường)
                 | Tổng số | Trong đó |
                 |  | Bệnh viện | Trạm y tế
                Tổng số | 7.680 | 7.168 | 392
                Quận Liên Chiểu | 1.235 | 1.200 | 35
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "6 7680 giường actual 2028",
                        "6 7168 giường actual 2028",
                        "6 392 giường actual 2028",
                        "7 1235 giường actual 2028",
                        "7 1200 giường actual 2028",
                        "7 35 giường actual 2028");
    }

    @Test
    void aTableOfComparisonsAloneHoldsEachPeriodsIndexAsAFigure() {
        List<IndicatorStatement> found = extract("""
                Tốc độ phát triển một số chỉ tiêu kinh tế chủ yếu
                (%)
                Một số chỉ tiêu kinh tế chủ yếu | Tháng 6/2028 so với tháng trước | 6 tháng năm 2028 so với cùng kỳ năm trước
                Chỉ số phát triển sản xuất công nghiệp | 96,85 | 109,00
                Tổng kim ngạch xuất khẩu | 77,25 | 113,44
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 96.85 % actual T6/2028",
                        "4 109 % actual 6T/2028", "5 77.25 % actual T6/2028", "5 113.44 % actual 6T/2028");
    }

    @Test
    void aRowLabelThatCountsGivesItsFiguresTheNounItCountsWhereNothingElseGivesAUnit() {
        List<IndicatorStatement> found = extract("""
                Y TẾ
                Chỉ tiêu | 2021 | 2022
                Số giường bệnh | 7.343 | 7.323
                Tổng số cán bộ ngành y | 4.679 | 5.236
                Số lượng xã - Communes | 152 | 150
                Tổng số - Total | 12 | 13
                Dược sĩ | 120 | 163
                Số Bác sĩ/vạn dân | 13 | 14
                """);
        assertThat(found)
                .extracting(IndicatorStatement::unit)
                .containsExactly(
                        "giường bệnh",
                        "giường bệnh",
                        "cán bộ",
                        "cán bộ",
                        "xã",
                        "xã",
                        null,
                        null,
                        null,
                        null,
                        "bác sĩ/vạn dân",
                        "bác sĩ/vạn dân");
    }

    @Test
    void aTableWithAFigureOfTwoCommaGroupsIsReadInEnglishNotationThroughout() {
        List<IndicatorStatement> found = extract("""
                CÂN ĐỐI DỰ TOÁN NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2029
                Triệu đồng - Millions of dong
                STT No | Chỉ tiêu -  Items | Dự toán Plan
                I | Tổng thu ngân sách nhà nước trên địa bàn | 7,599,800
                 | Các khoản thu ngân sách địa phương hưởng 100% | 941,550
                 | Các khoản thu phân chia hưởng theo tỷ lệ % | 1,854,217
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 7599800 triệu đồng target 2029",
                        "5 941550 triệu đồng target 2029",
                        "6 1854217 triệu đồng target 2029");
    }

    @Test
    void readsAnUnnumberedItemUnderTheNameColumnNotTheNumbering() {
        List<IndicatorStatement> found = extract("""
                STT | Chỉ tiêu | Năm 2019 | Năm 2020
                1 | Giá trị sản xuất (tỷ đồng) | 5.200 | 5.600
                - Nông nghiệp tăng (%) | 2,5 | 3,1
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "2 5200 tỷ đồng actual 2019",
                        "2 5600 tỷ đồng actual 2020",
                        "3 2.5 % actual 2019",
                        "3 3.1 % actual 2020");
    }

    @Test
    void readsTheSignAfterADashInASectionRowAsTheUnitOfTheRowsUnderIt() {
        List<IndicatorStatement> found = extract("""
                Số giáo viên mầm non
                 | 2021 | 2022
                Giáo viên - Teacher
                Công lập - Public | 1.200 | 1.260
                Chỉ số phát triển (Năm trước = 100) - % Index (Previous year = 100) - %
                Công lập - Public | 103,4 | 105,0
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 1200 giáo viên actual 2021",
                        "4 1260 giáo viên actual 2022",
                        "6 103.4 % actual 2021",
                        "6 105 % actual 2022");
    }

    @Test
    void readsARateNamedInTheHeadingOverPeriodColumnsAsFigures() {
        List<IndicatorStatement> found = extract("""
                Tốc độ tăng giá trị sản xuất 6 tháng năm 2022 và 2023
                %
                 | Tốc độ tăng so với cùng kỳ năm trước | | Đóng góp vào tăng trưởng 6 tháng năm 2023
                 | 6 tháng năm 2022 | 6 tháng năm 2023 |
                Tổng số | 6,1 | 5,2 | 5,2
                Nông nghiệp | 2,9 | 3,3 | 0,6
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "5 6.1 % actual 6T/2022",
                        "5 5.2 % actual 6T/2023",
                        "5 5.2 % actual 6T/2023",
                        "6 2.9 % actual 6T/2022",
                        "6 3.3 % actual 6T/2023",
                        "6 0.6 % actual 6T/2023");
    }

    @Test
    void readsCellsExportedInEnglishNotationUnderAnAbbreviatedUnitColumn() {
        List<IndicatorStatement> found = extract("""
                Chỉ tiêu | ĐV tính | 2020 | 2021
                Số hộ nghèo | hộ | 12480.00 | 10960.00
                Tỷ lệ hộ nghèo | % | 5.25 | 4.6
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "2 12480 hộ actual 2020",
                        "2 10960 hộ actual 2021",
                        "3 5.25 % actual 2020",
                        "3 4.6 % actual 2021");
    }

    @Test
    void keepsTheFiguresOfARowWithANoteUnderTheFirstValueColumns() {
        List<IndicatorStatement> found = extract("""
                KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023
                (Theo báo cáo ngày 05/12/2023)
                TT | Chỉ tiêu | TH năm 2022 | KH năm 2023 | Ước TH năm 2023 |  | Ghi chú
                1 | Tỷ lệ hộ nghèo (%) | 4,1 | 3,5 | 3,2 | Đạt
                2 | Tỷ lệ che phủ rừng (%) | 51 | 52 | 51,8 |  |
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 4.1 % actual 2022",
                        "4 3.5 % target 2023",
                        "4 3.2 % estimate 2023",
                        "5 51 % actual 2022",
                        "5 52 % target 2023",
                        "5 51.8 % estimate 2023");
    }

    @Test
    void givesAComparisonColumnToTheValueItNames() {
        List<IndicatorStatement> found = extract("""
                Chỉ tiêu | ĐVT | KH 2025 | ƯTH 2025 | ƯTH so với KH (%) | So cùng kỳ (%)
                Sản lượng lương thực | tấn | 40.000 | 41.200 | 103 | 104,5
                """);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).kind()).isEqualTo(Kind.ESTIMATE);
        assertThat(found.get(1).pctOfPlan()).isEqualByComparingTo("103");
        assertThat(found.get(1).changePct()).isEqualByComparingTo("4.5");
        assertThat(found.get(0).pctOfPlan()).isNull();
    }

    @Test
    void readsATableWrittenOneCellPerLine() {
        List<IndicatorStatement> found = extract("""
                Phụ lục: Các chỉ tiêu chủ yếu năm 2026
                STT
                Chỉ tiêu
                ĐVT
                Ước TH 2025
                KH 2026
                1
                Giá trị sản xuất nông nghiệp
                tỷ đồng
                2.150
                2.300
                2
                Tỷ lệ hộ nghèo
                %
                2,1
                -
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "10 2150 tỷ đồng estimate 2025", "11 2300 tỷ đồng target 2026", "15 2.1 % estimate 2025");
    }

    @Test
    void readsATableOfSentencesAsRunningText() {
        List<IndicatorStatement> found = extract("""
                PHỤ LỤC CHỈ TIÊU PHÁT TRIỂN ĐẾN NĂM 2030
                TT | Chỉ tiêu | Cơ quan chủ trì
                1 | Tỷ lệ dân số có hồ sơ sức khỏe điện tử đạt 90%. | Sở Y tế
                2 | Có ít nhất 12 xã đạt chuẩn nông thôn mới kiểu mẫu | Sở Nông nghiệp và Môi trường
                """);
        assertThat(found).extracting(TableReaderTest::row).containsExactly("3 90 % target 2030", "4 12 xã target 2030");
        assertThat(found.get(1).comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(found.get(0).quote()).endsWith("đạt 90%");
    }

    @Test
    void readsNoFiguresFromAScoringTable() {
        List<IndicatorStatement> found = extract("""
                STT | Tiêu chí | Điểm tối đa | Cách chấm
                1 | Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100% | 20 | Đạt 100% được 20 điểm
                2 | Tổ chức tuyên truyền | 10 | Mỗi đợt 02 điểm
                """);
        assertThat(found).isEmpty();
    }

    @Test
    void readsACellWithItsOwnComparatorUnitOrRange() {
        assertThat(TableRow.figure("≥ 50"))
                .extracting(TableRow.Figure::comparator)
                .isEqualTo(Comparison.AT_LEAST);
        assertThat(TableRow.figure("Trên 80%").unit()).isEqualTo("%");
        assertThat(TableRow.figure("7 - 7,5").valueMax()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(TableRow.figure("-")).isNull();
        assertThat(TableRow.figure("Hoàn thành")).isNull();
        assertThat(TableRow.figure("0")).extracting(TableRow.Figure::value).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void readsAMarkdownTableAndAFigureColumnWhoseHeadingNamesNoKindUnderItsSection() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO
                Kết quả thực hiện năm 2024, ngày 20 tháng 12 năm 2024
                II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024
                | | Đơn vị hành chính | Số hộ nghèo | Ghi chú |
                |---|---|---|---|
                | 1 | Xã Tân Minh | 120 | mới rà soát |
                | 2 | Thị trấn Ba Hàng | 45 | |
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly("6 120 null actual 2024", "7 45 null actual 2024");
        assertThat(found).extracting(IndicatorStatement::area).containsExactly("xã Tân Minh", "thị trấn Ba Hàng");
    }

    @Test
    void readsAColumnOfTheYearOfWritingAsAResultInAReportAndATargetInAPlan() {
        String table = """
                Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025
                Số trường đạt chuẩn | trường | 30 | 34
                """;
        assertThat(extract("BÁO CÁO\nngày 15 tháng 12 năm 2025\n" + table))
                .extracting(IndicatorStatement::kind)
                .containsExactly(Kind.ACTUAL, Kind.ACTUAL);
        assertThat(extract("KẾ HOẠCH\nngày 15 tháng 01 năm 2025\n" + table))
                .extracting(IndicatorStatement::kind)
                .containsExactly(Kind.ACTUAL, Kind.TARGET);
    }

    @Test
    void readsYearsDownTheSideWithTheUnitOfTheSectionRowAboveThem() {
        List<IndicatorStatement> found = extract("""
                Cục Thống kê tỉnh Hòa Lâm
                Số học sinh phổ thông
                Number of pupils
                 | Tổng số - Total | Chia ra - Of which
                 | | Tiểu học - Primary | Trung học - Secondary
                Học sinh - Pupil
                2022 | 15230 | 9100 | 6130
                Ước tính 2024 | 15800 | 9350 | 6450
                Chỉ số phát triển - Index (%)
                Năm 2022 | 101,2 | 100,4 | 102,3
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "7 15230 học sinh actual 2022",
                        "7 9100 học sinh actual 2022",
                        "7 6130 học sinh actual 2022",
                        "8 15800 học sinh estimate 2024",
                        "8 9350 học sinh estimate 2024",
                        "8 6450 học sinh estimate 2024",
                        "10 101.2 % actual 2022",
                        "10 100.4 % actual 2022",
                        "10 102.3 % actual 2022");
    }

    @Test
    void aSectionRowWithoutAUnitLeavesTheRowsUnderItWithTheirOwn() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO
                STT | Chỉ tiêu | ĐVT | Thực hiện 2024 | Thực hiện 2025
                I | Văn hóa - xã hội
                1 | Số trạm y tế | trạm | 12 | 13
                II | Tỷ lệ bao phủ (%)
                1 | Bảo hiểm y tế | | 91 | 93
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 12 trạm actual 2024", "4 13 trạm actual 2025", "6 91 % actual 2024", "6 93 % actual 2025");
    }

    private static String full(IndicatorStatement s) {
        return "%d %s %s %s %s %s %s"
                .formatted(
                        s.line(),
                        plain(s.value()),
                        plain(s.valueMax()),
                        s.unit(),
                        s.comparator().code(),
                        plain(s.changePct()),
                        s.indicator());
    }

    @Test
    void readsRangesAndComparatorPrefixesInACell() {
        List<IndicatorStatement> found = extract("""
                Chỉ tiêu | ĐVT | KH 2026
                Số hợp tác xã thành lập mới | HTX | 21-23
                Số xã đạt chuẩn | xã | 05 - 06
                Tỷ lệ lao động qua đào tạo | % | 62-62,5
                Số doanh nghiệp thành lập mới | doanh nghiệp | >1.250
                Tỷ lệ hộ nghèo | % | <3
                Tỷ lệ tiêm chủng đầy đủ | % | ≥ 97
                Số khách du lịch | lượt | trên 840
                Tỷ lệ thất nghiệp | % | dưới 3%
                """);
        assertThat(found)
                .extracting(TableReaderTest::full)
                .containsExactly(
                        "2 21 23 htx between - Số hợp tác xã thành lập mới",
                        "3 5 6 xã between - Số xã đạt chuẩn",
                        "4 62 62.5 % between - Tỷ lệ lao động qua đào tạo",
                        "5 1250 - doanh nghiệp > - Số doanh nghiệp thành lập mới",
                        "6 3 - % < - Tỷ lệ hộ nghèo",
                        "7 97 - % >= - Tỷ lệ tiêm chủng đầy đủ",
                        "8 840 - lượt > - Số khách du lịch",
                        "9 3 - % < - Tỷ lệ thất nghiệp");
    }

    @Test
    void readsANumberWithABracketedChangeAsOneRecordWithItsChange() {
        List<IndicatorStatement> found = extract("""
                Chỉ tiêu | ĐVT | Ước TH 2025
                Số lao động có việc làm mới | người | 812 (tăng 12%)
                Sản lượng thủy sản | tấn | 420.000 (tăng 3,5% so với năm 2024)
                Vốn đầu tư ngoài ngân sách | tỷ đồng | 5.210,4 (giảm 17,6% so với thực hiện năm 2024)
                """);
        assertThat(found)
                .extracting(TableReaderTest::full)
                .containsExactly(
                        "2 812 - người = 12 Số lao động có việc làm mới",
                        "3 420000 - tấn = 3.5 Sản lượng thủy sản",
                        "4 5210.4 - tỷ đồng = -17.6 Vốn đầu tư ngoài ngân sách");
    }

    @Test
    void readsAGrowthCellWrittenInWordsAndAChangeWithItsLevel() {
        List<IndicatorStatement> found = extract("""
                STT | Chỉ tiêu | KH 2026
                1 | Tốc độ tăng trưởng giá trị sản xuất công nghiệp | tăng 9,1 - 10,2%
                2 | Thu ngân sách trên địa bàn | tăng từ 6-7% (dự ước 18.300 tỷ)
                """);
        assertThat(found)
                .extracting(TableReaderTest::full)
                .containsExactly(
                        "2 9.1 10.2 % between - Tốc độ tăng trưởng giá trị sản xuất công nghiệp",
                        "3 18300 - tỷ đồng = 6 Thu ngân sách trên địa bàn");
    }

    @Test
    void takesTheUnitFromARowLabelThatIsAPerUnitFormOrEndsWithAUnit() {
        List<IndicatorStatement> found = extract("""
                STT | Chỉ tiêu | KH 2026
                1 | Dược sỹ/vạn dân | 3,2
                2 | Thu nhập bình quân đầu người (USD/người) | 4.150
                3 | Kim ngạch xuất khẩu (triệu USD) | 760
                4 | Tổng vốn đầu tư (Tỷ đồng) | 9.400
                5 | Số lao động được đào tạo (người) | 2.300
                6 | Tỷ lệ đô thị hóa (%) | 41
                """);
        assertThat(found)
                .extracting(IndicatorStatement::unit)
                .containsExactly("dược sỹ/vạn dân", "usd/người", "triệu usd", "tỷ đồng", "người", "%");
    }

    @Test
    void takesTheVietnameseUnitOfABilingualLabelAndGivesItToThePartsOfItsTotal() {
        List<IndicatorStatement> found = extract("""
                Số lớp học mầm non của tỉnh
                Năm học - School year
                 | 2027-2028 | 2028-2029
                Số lớp/nhóm trẻ (Lớp/nhóm) Number of classes (Class/group) | 2.185 | 2.114
                Công lập - Public | 1.443 | 1.434
                Ngoài công lập - Non-public | 742 | 680
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 2185 lớp/nhóm actual 2027-2028",
                        "4 2114 lớp/nhóm actual 2028-2029",
                        "5 1443 lớp/nhóm actual 2027-2028",
                        "5 1434 lớp/nhóm actual 2028-2029",
                        "6 742 lớp/nhóm actual 2027-2028",
                        "6 680 lớp/nhóm actual 2028-2029");
    }

    @Test
    void readsATableWrittenOneCellPerLineWithoutNumbering() {
        List<IndicatorStatement> found = extract("""
                Các chỉ tiêu kinh tế xã hội chủ yếu của tỉnh
                Chỉ tiêu
                Đơn vị tính
                2026
                2027
                Sơ bộ 2028
                Kinh tế
                Dân số trung bình
                Người
                630100
                632400
                635000
                Mật độ dân số
                Ng/km2
                132
                133
                134
                Tỷ lệ hộ nghèo
                %
                8,1
                7,2
                6,0
                Nguồn: Cục Thống kê tỉnh.
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "10 630100 người actual 2026",
                        "11 632400 người actual 2027",
                        "12 635000 người actual 2028",
                        "15 132 người/km2 actual 2026",
                        "16 133 người/km2 actual 2027",
                        "17 134 người/km2 actual 2028",
                        "20 8.1 % actual 2026",
                        "21 7.2 % actual 2027",
                        "22 6 % actual 2028");
    }

    @Test
    void readsCellsOfSeveralLinesWrittenOutLineByLineUnderAHeadingOnOneLine() {
        List<IndicatorStatement> found = extract("""
                Một số chỉ tiêu về lao động
                ĐVT 2019 2020 Sơ bộ 2021
                1. Lực lượng lao động
                Chia theo giới tính
                Nam
                Nữ
                Người
                410200
                205100
                205100
                415300
                208000
                207300
                420900
                2. Tỷ lệ thất nghiệp % 2,1
                2,4 2,3
                3. Số doanh nghiệp đang hoạt động
                (có báo cáo tài chính)
                Trong đó:
                - Doanh nghiệp nhà nước
                1250
                12
                1302
                11
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "8 410200 người actual 2019",
                        "9 205100 người actual 2019",
                        "10 205100 người actual 2019",
                        "11 415300 người actual 2020",
                        "12 208000 người actual 2020",
                        "13 207300 người actual 2020",
                        "14 420900 người actual 2021",
                        "15 2.1 % actual 2019",
                        "16 2.4 % actual 2020",
                        "16 2.3 % actual 2021",
                        "21 1250 doanh nghiệp actual 2019",
                        "22 12 null actual 2019",
                        "23 1302 doanh nghiệp actual 2020",
                        "24 11 null actual 2020");
    }

    @Test
    void spreadsYearsOverEqualGroupsOfSubColumnsAndReadsRowsWrittenInEnglishNotation() {
        List<IndicatorStatement> found = extract("""
                Sản lượng lúa bình quân đầu người (kg/người)
                Vùng | 2012 | 2019
                 | Diện tích (ha) | Năng suất | Diện tích (ha) | Năng suất
                Toàn vùng | 1,204,500 | 55.1 | 1,198,000 | 58.4
                Tỉnh A | 81,900 | 52.0 | 80,250 | 57.9
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "4 1204500 ha actual 2012",
                        "4 55.1 null actual 2012",
                        "4 1198000 ha actual 2019",
                        "4 58.4 null actual 2019",
                        "5 81900 ha actual 2012",
                        "5 52 null actual 2012",
                        "5 80250 ha actual 2019",
                        "5 57.9 null actual 2019");
    }

    @Test
    void takesARatePerPeopleOrAPercentNamedInTheMiddleOfARowLabelAsItsUnit() {
        List<IndicatorStatement> found = extract("""
                Ngày 10 tháng 01 năm 2028
                Tên chỉ tiêu | Thực hiện 2027 | Mục tiêu đến năm 2030
                1. Số bác sỹ cho 10000 dân | 9,5 | 11
                2. Số giường bệnh bệnh viện trên 10.000 dân | 30 | 32
                3. Tỷ lệ % xã đạt chuẩn quốc gia về y tế | 85,7 | 95
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "3 9.5 bác sỹ/10000 dân actual 2027",
                        "3 11 bác sỹ/10000 dân target 2030",
                        "4 30 giường bệnh/10.000 dân actual 2027",
                        "4 32 giường bệnh/10.000 dân target 2030",
                        "5 85.7 % actual 2027",
                        "5 95 % target 2030");
    }

    @Test
    void aColumnHeadedByAYearOverTheOneBeforeHoldsThatYearsIndex() {
        List<IndicatorStatement> found = extract("""
                Chỉ số sản xuất công nghiệp
                Đơn vị tính: %
                 | 2026/2025 | 2027/2026
                Toàn ngành | 108,5 | 111,2
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly("4 108.5 % actual 2026", "4 111.2 % actual 2027");
    }

    @Test
    void readsNamedRatesHeadingATableWithYearsDownTheSideAsItsFigures() {
        List<IndicatorStatement> found = extract("""
                Cục Thống kê công bố tốc độ tăng GRDP của tỉnh như sau:
                Năm | Tốc độ tăng GRDP theo công bố mới nhất (%) | Tốc độ tăng GRDP theo công bố trước (%) | Ghi chú
                Chính thức năm 2026 | 107,41 | 107,41 | Không thay đổi
                Sơ bộ năm 2027 | 110,27 | 109,00 | Tăng hơn
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "3 107.41 % actual 2026",
                        "3 107.41 % actual 2026", "4 110.27 % actual 2027", "4 109 % actual 2027");
    }

    @Test
    void aRowWithAnEmptyNumberAndEmptyLastCellsKeepsItsFiguresUnderTheFirstValueColumns() {
        List<IndicatorStatement> found = extract("""
                CÁC CHỈ TIÊU CHỦ YẾU NĂM 2029
                Stt | Chỉ tiêu chủ yếu | TH năm 2028 | KH năm 2029 | Ước TH năm 2029 |  | Ghi chú
                 | Tr.đó: - Nông nghiệp (%) | 3,4 | 2,2 | 2,9% | Đạt
                 | - Dịch vụ (%) | 6,7 | 6,9 | 7,3% |
                """);
        assertThat(found)
                .extracting(TableReaderTest::row)
                .containsExactly(
                        "3 3.4 % actual 2028",
                        "3 2.2 % target 2029",
                        "3 2.9 % estimate 2029",
                        "4 6.7 % actual 2028",
                        "4 6.9 % target 2029",
                        "4 7.3 % estimate 2029");
    }
}

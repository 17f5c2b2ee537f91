package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktxh.indicator.Direction;

/** Each construction of the labelling rules, in short sentences written for the test (not copied from the seeds). */
class StatementExtractorTest {

    static List<IndicatorStatement> extract(String text) {
        return new StatementExtractor().extract(DocumentText.ofText("test.txt", text));
    }

    private static IndicatorStatement only(String text) {
        List<IndicatorStatement> found = extract(text);
        assertThat(found).as("statements of: %s", text).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Test
    void readsIndicatorsListedAsNumberedItemsButNotNumbersInCapitalHeadings() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026
                I. CÁC CHỈ TIÊU CHỦ YẾU
                1. Thu ngân sách trên địa bàn đạt 1.595,3 triệu đồng.
                2. Tỷ lệ hộ nghèo giảm xuống còn 1,65%.
                a) Duy trì 100% trường đạt chuẩn quốc gia.
                II. 03 ĐỘT PHÁ CHIẾN LƯỢC
                """);
        assertThat(found)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("1595.3"), dec("1.65"), dec("100"));
        assertThat(found).extracting(IndicatorStatement::line).containsExactly(3, 4, 5);
    }

    @Test
    void readsVietnameseNumberNotation() {
        List<IndicatorStatement> found = extract(
                "KẾ HOẠCH năm 2026\nThu ngân sách đạt 2.345,6 triệu đồng; dân số 41.207 người; có 03 trạm y tế.");
        assertThat(found)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("2345.6"), dec("41207"), dec("3"));
    }

    @Test
    void normalisesUnitsAndKeepsPerUnitForms() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                Thu nhập bình quân đạt 70 triệu đồng/người/năm, giá trị trên đất canh tác 150 tr.đ/ha/năm.
                Hỗ trợ 12trđ cho 5 hộ; diện tích 3,5 héc ta; mặt bằng 1.200 m²; tỷ lệ sinh 11,2%o; thu hút 2,5 triệu lượt khách.""");
        assertThat(found)
                .extracting(IndicatorStatement::unit)
                .containsExactly(
                        "triệu đồng/người/năm",
                        "triệu đồng/ha/năm",
                        "triệu đồng",
                        "hộ",
                        "ha",
                        "m2",
                        "‰",
                        "triệu lượt khách");
    }

    @Test
    void readsARatePerARoundNumberOfPeopleWithASpaceAfterItsSlash() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Số bác sỹ đạt 15 bác sỹ/ 10.000 dân; số giường bệnh đạt 34,5 giường/ 10.000 dân.""");
        assertThat(found)
                .extracting(IndicatorStatement::unit)
                .containsExactly("bác sỹ/10.000 dân", "giường/10.000 dân");
    }

    @Test
    void readsARatePerARoundNumberOfPeopleWrittenWithTren() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                Phấn đấu đạt 30 giường bệnh trên 10.000 dân, 12 bác sĩ trên 1 vạn dân; 25 xã có trên 1.000 hộ.""");
        assertThat(found)
                .extracting(IndicatorStatement::unit)
                .containsExactly("giường bệnh/10.000 dân", "bác sĩ/1 vạn dân", "xã", "hộ");
    }

    @Test
    void anAmountRestatedInAnotherCurrencyInBracketsIsNoRecordButAShareInBracketsIs() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                Kim ngạch xuất khẩu đạt khoảng 2.000 triệu USD (khoảng hơn 50.000 tỷ đồng); thu ngân sách đạt 1.200 tỷ đồng (tăng 10%), vốn đầu tư 900 tỷ đồng (chiếm 35% tổng vốn).""");
        assertThat(found)
                .extracting(s -> plain(s.value()) + " " + s.unit())
                .containsExactly("2000 triệu usd", "1200 tỷ đồng", "900 tỷ đồng", "35 %");
    }

    @Test
    void theSessionsADaySchoolTeachesDefineWhomAShareCounts() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                Phấn đấu có 99% trẻ em mầm non được học 2 buổi/ngày; tổ chức 12 buổi sinh hoạt chuyên môn.""");
        assertThat(found).extracting(s -> plain(s.value()) + " " + s.unit()).containsExactly("99 %", "12 buổi");
    }

    @Test
    void tellsComparatorsByTheWordNearestTheNumber() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                Tỷ lệ che phủ rừng trên 47%; tỷ lệ trẻ đến trường từ 98% trở lên; hộ nghèo giảm xuống còn 2,1%; \
                nợ đọng dưới 1%; tỷ lệ tiêm chủng khoảng 95%; duy trì 100% xã đạt chuẩn; khoảng trên 300 hộ; \
                tỷ lệ thất nghiệp không quá 3%; lạm phát 4-4,5%.""");
        assertThat(found)
                .extracting(s -> s.comparator().code())
                .containsExactly(">", ">=", "<=", "<", "~", "maintain", ">", "<=", "between");
        assertThat(found.get(8).valueMax()).isEqualByComparingTo("4.5");
    }

    @Test
    void readsKindsFromTheSentenceAndFromTheHeadingAbove() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO
                Tình hình kinh tế - xã hội năm 2025
                I. KẾT QUẢ THỰC HIỆN NĂM 2025
                Sản lượng chè ước đạt 1.200 tấn. Đàn trâu có 3.400 con.
                Kế hoạch giao 40 người, đã giải quyết việc làm cho 52 người.
                II. MỤC TIÊU NĂM 2026
                Tổng sản lượng lương thực đạt 5.000 tấn.""");
        assertThat(found)
                .extracting(s -> s.kind().code())
                .containsExactly("estimate", "actual", "target", "actual", "target");
        assertThat(found)
                .extracting(IndicatorStatement::period)
                .containsExactly("2025", "2025", "2025", "2025", "2026");
    }

    @Test
    void anEstimateLeadInHoldsUpToTheNextSemicolon() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2025
                (7) Ước thực hiện đến 31/12/2025, toàn xã có 14 trường. Trong đó 9 trường đạt chuẩn; còn 120 hộ nghèo.""");
        assertThat(found).extracting(s -> s.kind().code()).containsExactly("estimate", "estimate", "actual");
        assertThat(found.get(0).period()).isEqualTo("2025-12-31");
    }

    @Test
    void attachesPercentOfPlanAndChangeToTheLevelOfTheirClause() {
        IndicatorStatement revenue = only(
                "BÁO CÁO năm 2025\nThu ngân sách đạt 812 tỷ đồng, đạt 104% dự toán, tăng 6,5% so với cùng kỳ năm 2024.");
        assertThat(revenue.value()).isEqualByComparingTo("812");
        assertThat(revenue.pctOfPlan()).isEqualByComparingTo("104");
        assertThat(revenue.planRef()).isEqualTo("dự toán");
        assertThat(revenue.changePct()).isEqualByComparingTo("6.5");
        assertThat(revenue.changeRef()).isEqualTo("cùng kỳ năm 2024");

        IndicatorStatement accidents =
                only("BÁO CÁO năm 2025\nXảy ra 9 vụ tai nạn giao thông, giảm 4 vụ so với cùng kỳ.");
        assertThat(accidents.changeAbs()).isEqualByComparingTo("-4");
        assertThat(accidents.direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void aPercentageWithNoLevelIsARecordOfItsOwn() {
        IndicatorStatement disbursed = only("BÁO CÁO năm 2025\nCông tác giải ngân vốn đầu tư công đạt 91% kế hoạch.");
        assertThat(disbursed.value()).isEqualByComparingTo("91");
        assertThat(disbursed.unit()).isEqualTo("%");
        assertThat(disbursed.pctOfPlan()).isEqualByComparingTo("91");
    }

    @Test
    void readsGrowthForms() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH giai đoạn 2026 - 2030
                (1) Thu ngân sách tăng bình quân hằng năm 12% trở lên;
                (2) Thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 30%;
                (3) Số khách du lịch gấp 2 lần.""");
        assertThat(found)
                .extracting(s -> s.growthForm() == null ? null : s.growthForm().code())
                .containsExactly("annual_avg", "vs_base", null);
        assertThat(found.get(0).changePct()).isEqualByComparingTo("12");
        assertThat(found.get(2).changePct()).isEqualByComparingTo("100");
    }

    @Test
    void readsCountsOfATotal() {
        List<IndicatorStatement> found =
                extract("BÁO CÁO năm 2025\nCó 11/14 trường đạt chuẩn quốc gia; xử lý 7 vụ/9 đối tượng.");
        assertThat(found).hasSize(3);
        assertThat(found.get(0).value()).isEqualByComparingTo("11");
        assertThat(found.get(0).of()).isEqualByComparingTo("14");
        assertThat(found.get(0).unit()).isEqualTo("trường");
        assertThat(found).extracting(IndicatorStatement::unit).containsExactly("trường", "vụ", "đối tượng");
    }

    @Test
    void findsSeveralIndicatorsInOneSentenceAndSharesTheUnitOfAList() {
        List<IndicatorStatement> found = extract(
                "BÁO CÁO năm 2025\nTrong năm cấp mới 12, cấp đổi 07, thu hồi 02 giấy phép; trồng 45 ha rừng và 3.000 cây phân tán.");
        assertThat(found)
                .extracting(IndicatorStatement::unit)
                .containsExactly("giấy phép", "giấy phép", "giấy phép", "ha", "cây");
    }

    @Test
    void leavesOutDatesDocumentNumbersNamesAndDefinitions() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2025
                Căn cứ Quyết định số 215/QĐ-UBND ngày 12/3/2025 và Chỉ thị 05-CT/TU; tổ 7 phường Hòa Bình có 130 hộ.
                Trẻ em dưới 6 tuổi được tiêm đủ 8 loại vắc xin; chính quyền 2 cấp; khách sạn 4 sao; 02 xã Mường Khoa, Tà Mít.""");
        assertThat(found)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("130"));
    }

    @Test
    void putsFootnotesAsideAndReadsTheirFigures() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2025
                Công tác kiểm tra thị trường được tăng cường<sup>(3)</sup>. Tổng thu đạt 95

                <sup>(3)</sup> Kiểm tra 40 cơ sở, xử phạt 6 cơ sở.

                tỷ đồng, tăng 2% so với cùng kỳ.""");
        assertThat(found).extracting(IndicatorStatement::line).containsExactly(2, 4, 4);
        assertThat(found.get(0).unit()).isEqualTo("tỷ đồng");
        assertThat(found.get(0).changePct()).isEqualByComparingTo("2");
    }

    @Test
    void joinsSentencesThatAPdfConversionBrokeAcrossLines() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026

                (1) Tỷ lệ hộ gia đình được công nhận gia đình văn hóa đạt 93,5

                % trở lên; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới

                12%.

                7

                (2) Thu ngân sách đạt 48.000 triệu đồng.""");
        assertThat(found).extracting(IndicatorStatement::line).containsExactly(3, 7, 11);
        assertThat(found).extracting(s -> s.comparator().code()).containsExactly(">=", "<", "=");
    }

    @Test
    void takesTheAreaAndYearFromTheHeader() {
        IndicatorStatement s = only("""
                ỦY BAN NHÂN DÂN
                XÃ MƯỜNG KIM
                BÁO CÁO
                Kết quả thực hiện nhiệm vụ năm 2025
                Toàn xã có 1.830 hộ.""");
        assertThat(s.area()).isEqualTo("xã Mường Kim");
        assertThat(s.period()).isEqualTo("2025");
        assertThat(s.kind()).isEqualTo(Kind.ACTUAL);
    }

    @Test
    void readsAnnexTableRowsByColumnHeading() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                STT | Chỉ tiêu | ĐVT | KH 2025 | Ước TH 2025 | So với KH (%) | KH 2026
                1 | Sản lượng lương thực | tấn | 6.500 | 6.630 | 102 | 6.700
                2 | Tỷ lệ hộ nghèo | % | 3,5 | - | | 3""");
        assertThat(found)
                .extracting(s -> s.kind().code() + " " + s.period() + " "
                        + s.value().stripTrailingZeros().toPlainString() + " " + s.unit())
                .containsExactly(
                        "target 2025 6500 tấn",
                        "estimate 2025 6630 tấn",
                        "target 2026 6700 tấn",
                        "target 2025 3.5 %",
                        "target 2026 3 %");
        assertThat(found.get(1).pctOfPlan()).isEqualByComparingTo("102");
        assertThat(found).allMatch(s -> s.line() == 3 || s.line() == 4);
    }

    @Test
    void aHeadingSortingTargetsByWhetherTheyWereMetHoldsResultsEstimatedWhereItSaysDuKien() {
        List<IndicatorStatement> found = extract("""
                Kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2030 tỉnh Sơn Hà
                Kết quả thực hiện Nghị quyết số 15/NQ-HĐND ngày 08/12/2029 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã hội năm 2030 và Quyết định số 2201/QĐ-UBND ngày 09/12/2029 của UBND tỉnh về việc giao chỉ tiêu Kế hoạch năm 2030:
                1. Những chỉ tiêu dự kiến đạt và vượt kế hoạch
                (1) Thu ngân sách nhà nước đạt 6.311 tỷ đồng, vượt 10,8% kế hoạch.
                (2) Tỷ lệ hộ nghèo giảm còn 1,57% (Kế hoạch 1,82%).
                (3) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,1% (Kế hoạch đề ra 92%).
                2. Những chỉ tiêu không đạt kế hoạch
                (1) Tốc độ tăng trưởng kinh tế đạt 1,09%.
                """);
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "6311 tỷ đồng estimate 2030",
                        "1.57 % estimate 2030",
                        "1.82 % target 2030",
                        "92.1 % estimate 2030",
                        "92 % target 2030",
                        "1.09 % actual 2030");
        assertThat(found.get(0).pctOfPlan()).isEqualByComparingTo("110.8");
    }

    @Test
    void anExcessOverTheResolutionsTargetAndTheMinutesOfAPostingTimeAreNoRecords() {
        assertThat(extract("""
                Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2029
                Ngày đăng: 03/01/2030, 09:24 am
                Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 7,36% so với năm 2029 (vượt mục tiêu Nghị quyết 0,36%).""").stream().map(StatementExtractorTest::brief)).containsExactly("7.36 % estimate 2029");
    }

    @Test
    void aYearEndSessionsProposedScenarioSetsTargetsForTheYearItNames() {
        List<IndicatorStatement> found = extract("""
                Tại Kỳ họp cuối năm 2029, lãnh đạo Ủy ban Nhân dân thành phố Sơn Hà đã đề xuất kịch bản tăng trưởng kinh tế năm 2030 đạt từ 11% trở lên.
                Vì vậy, thành phố đề xuất kịch bản tốc độ tăng GRDP theo giá so sánh năm 2030 ước đạt từ 11% trở lên.
                Theo kịch bản đề xuất, khu vực dịch vụ tăng khoảng 11,5-12,5%; khu vực nông, lâm, thủy sản tăng khoảng 3-3,5%.
                Tổng giá trị sản xuất (giá so sánh năm 2010) tăng 9,1%.""");
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "11 % target 2030",
                        "11 % target 2030", "11.5 % target 2030", "3 % target 2030", "9.1 % target 2030");
    }

    @Test
    void aPersonNamedAfterTheProvincesTitleIsNoArea() {
        List<IndicatorStatement> found = extract("""
                Phó Chủ tịch UBND tỉnh Lê Văn Minh dự Hội nghị trực tuyến của Bộ Nông nghiệp và PTNT tỉnh Quảng Nam.
                Năm 2029, giá trị gia tăng toàn ngành đạt 3,36%.""");
        assertThat(found).extracting(IndicatorStatement::area).containsExactly("tỉnh Quảng Nam");
    }

    @Test
    void aPeriodAFigureIsRankedAgainstIsNotItsPeriod() {
        List<IndicatorStatement> found = extract("""
                Tổng sản phẩm trong nước (GDP) quý I/2030 ước tính tăng 3,32% so với cùng kỳ năm trước, chỉ cao hơn tốc độ tăng 3,21% của quý I/2027 trong giai đoạn 2021-2030. Trong đó, khu vực dịch vụ tăng 6,79%.
                Ngành công nghiệp quý I/2030 giảm 0,82%, là mức giảm sâu nhất của cùng kỳ các năm trong giai đoạn 2021-2030. Ngành khai khoáng giảm 5,6%.""");
        assertThat(found.stream().map(StatementExtractorTest::valueKindPeriod))
                .contains("6.79 estimate Q1/2030", "5.6 actual Q1/2030")
                .noneMatch(s -> s.endsWith("2021-2030"));
    }

    @Test
    void theYearJustEndingIsReviewedAtTheConferenceAssigningTheNextYearsTargets() {
        List<IndicatorStatement> found = extract("""
                Nghi Sơn: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2030.
                Năm 2029, huyện đã đạt được những kết quả tích cực. Tốc độ tăng trưởng GRDP toàn huyện đạt 11,26%. Tỷ lệ hộ nghèo giảm còn 1,08%.
                Năm 2030, tốc độ tăng trưởng đạt 12%.""");
        assertThat(found.stream().map(StatementExtractorTest::valueKindPeriod))
                .containsExactly("11.26 actual 2029", "1.08 actual 2029", "12 target 2030");
    }

    @Test
    void theNextYearsPlanNamedInAReportsTitleDatesNoFigure() {
        List<IndicatorStatement> found = extract("""
                Theo báo cáo tổng kết tình hình phát triển nông nghiệp năm 2029 và kế hoạch năm 2030, tổng sản lượng thuỷ sản 622.100 tấn, đạt 98,75% so kế hoạch.
                Năm 2029 đạt 500 tấn và kế hoạch năm 2030 là 600 tấn.""");
        assertThat(found.stream().map(StatementExtractorTest::valueKindPeriod))
                .containsExactly("622100 actual 2029", "500 actual 2029", "600 target 2030");
    }

    @Test
    void anEstimatedPresentStateIsAnEstimateAndAScaleWordIsKeptAsWritten() {
        List<IndicatorStatement> found = extract("""
                Năm 2029, ước tính số lượng đàn vật nuôi hiện có như sau: đàn trâu 67.510 con, đàn gia cầm 10.083 ngàn con. Hiện có 12 hợp tác xã.""");
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "67510 con estimate 2029", "10083 ngàn con estimate 2029", "12 hợp tác xã actual 2029");
    }

    @Test
    void aLongPlanTitleSetsTargetsAndAnAveragingWindowDatesOnlyItsRate() {
        List<IndicatorStatement> found = extract("""
                Kế hoạch thực hiện Nghị quyết số 96/NQ-CP ngày 01/8/2028 của Chính phủ và Chương trình hành động số 52-CTr/TU, ngày 27/10/2028 của Ban Chấp hành Đảng bộ tỉnh Sơn Hà
                Một số chỉ tiêu chủ yếu đến năm 2035: tốc độ tăng trưởng GRDP bình quân hằng năm thời kỳ 2026 - 2035 đạt 8 - 9%, GRDP bình quân đầu người đạt khoảng 150 triệu đồng, tỷ lệ che phủ rừng đạt 67%.
                Bình quân mỗi năm giai đoạn 2026-2028 tăng 0,4%/năm, trong đó khu vực dịch vụ tăng 6,7%.""");
        assertThat(found.stream().map(StatementExtractorTest::valueKindPeriod))
                .containsExactly(
                        "8 target 2026-2035",
                        "150 target 2035",
                        "67 target 2035",
                        "0.4 target 2026-2028",
                        "6.7 target 2026-2028");
    }

    @Test
    void aHeadlineSayingWhatWillBeSetsTargets() {
        List<IndicatorStatement> found = extract("""
                Hơn 90% người dân sẽ có Hồ sơ sức khỏe điện tử
                Đến hết năm 2029 sẽ có trên 90% người dân có Hồ sơ sức khỏe điện tử.
                Trong phát triển chính phủ số, tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 80%.""");
        assertThat(found.stream().map(StatementExtractorTest::valueKindPeriod))
                .containsExactly("90 target 2029", "90 target 2029", "80 target 2029");
    }

    @Test
    void theYearSoFarIsEstimatedWithTheMonthItAddsUpInTheSameSentence() {
        List<IndicatorStatement> found = extract("""
                Năm 2029, ước tổng thu ngân sách nhà nước tháng 11 được 525.969 triệu đồng, lũy kế được 8.812.251 triệu đồng. Lũy kế chi ngân sách được 7.526.569 triệu đồng; tổng diện tích cây lâu năm hiện có 49.315,2 ha.""");
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "525969 triệu đồng estimate T11/2029",
                        "8812251 triệu đồng estimate T11/2029",
                        "7526569 triệu đồng actual T11/2029",
                        "49315.2 ha actual 2029");
    }

    @Test
    void anEstimateInsideAListOfTargetsIsATarget() {
        List<IndicatorStatement> found = extract("""
                Ngày 20/7/2029, HĐND xã Sơn Hà đề ra mục tiêu 5 tháng cuối năm 2029: tốc độ tăng trưởng đạt 8%, thu nhập bình quân đầu người ước đạt 73 triệu đồng.""");
        assertThat(found.stream().map(StatementExtractorTest::valueKindPeriod))
                .containsExactly("8 target 2029", "73 target 2029");
    }

    @Test
    void aYearbooksListOfLabelledFiguresIsReadWithTheUnitsItsLabelsGive() {
        List<IndicatorStatement> found = extract("""
                2. Tổng số giường bệnh: 2.411, trong đó:
                - Bệnh viện: 1.843 giường
                5. Chỉ tiêu về chăm sóc sức khỏe
                - Số bác sỹ bình quân 1 vạn dân (người): 15
                - Số người nhiễm HIV được phát hiện trên 100.000 dân: 4,1
                (Theo niên giám thống kê năm 2029)""");
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "2411 giường bệnh actual 2029",
                        "1843 giường actual 2029",
                        "15 người actual 2029",
                        "4.1 null actual 2029");
    }

    private static String brief(IndicatorStatement s) {
        return "%s %s %s %s"
                .formatted(
                        s.value().stripTrailingZeros().toPlainString(),
                        s.unit(),
                        s.kind().code(),
                        s.period());
    }

    @Test
    void readsAPlanFigureWrittenAfterAResultAsATargetOfItsOwn() {
        assertThat(extract("""
                Năm 2024, thu ngân sách ước đạt 120 tỷ đồng/KH 110-115 tỷ đồng; đàn bò đạt 5.200 con/KH 5.000 con.""").stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "120 tỷ đồng estimate 2024",
                        "110 tỷ đồng target 2024",
                        "5200 con actual 2024",
                        "5000 con target 2024");
        List<IndicatorStatement> growth =
                extract("Năm 2023, giá trị sản xuất công nghiệp ước tăng 9,5% (KH tăng 7-8%).");
        assertThat(growth.stream().map(StatementExtractorTest::brief))
                .containsExactly("9.5 % estimate 2023", "7 % target 2023");
        assertThat(growth.get(1).valueMax()).isEqualByComparingTo("8");
        assertThat(growth.get(1).changePct()).isEqualByComparingTo("7");
    }

    @Test
    void readsAPlanFigureInBracketsNamingItsYearOrSeveralShares() {
        assertThat(extract("""
                BÁO CÁO
                Sáu tháng đầu năm 2022, chỉ số sản xuất công nghiệp tăng 11,2% (KH cả năm 10%); số khách du lịch \
                đạt 820 nghìn lượt (kế hoạch năm 2022 là 1,5 triệu lượt).
                Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ 20,1% - 40,2% - 39,7% (kế hoạch 21% - 40% - 39%).""").stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "11.2 % actual 6T/2022",
                        "10 % target 2022",
                        "820 nghìn lượt actual 6T/2022",
                        "1.5 triệu lượt target 2022",
                        "20.1 % actual 6T/2022",
                        "40.2 % actual 6T/2022",
                        "39.7 % actual 6T/2022",
                        "21 % target 2022",
                        "40 % target 2022",
                        "39 % target 2022");
    }

    @Test
    void readsExceedingTheSamePeriodAsAChangeAndAListOfTargetsAfterNhu() {
        IndicatorStatement grown = only("Năm 2021, kim ngạch xuất khẩu đạt 410 triệu USD, vượt 12,5% so với cùng kỳ.");
        assertThat(brief(grown)).isEqualTo("410 triệu usd actual 2021");
        assertThat(grown.changePct()).isEqualByComparingTo("12.5");
        assertThat(extract("""
                        Năm 2025, xã quyết tâm hoàn thành kế hoạch. Các chỉ tiêu chủ yếu như: thu nhập bình quân \
                        60 triệu đồng/người/năm; tỷ lệ sinh con thứ ba giảm xuống 0,2%0.""").stream().map(StatementExtractorTest::brief))
                .containsExactly("60 triệu đồng/người/năm target 2025", "0.2 ‰ target 2025");
    }

    @Test
    void givesAParagraphToThePlaceItOpensWithAndReadsAPartOfAWholeNamedByItsHead() {
        List<IndicatorStatement> found = extract("""
                UBND TỈNH HÒA LÂM
                BÁO CÁO
                Năm 2023, toàn tỉnh có 120 trường đạt chuẩn.
                TX. Bình Sơn có 215 hộ nghèo/18.400 hộ; 402 hộ cận nghèo/18.400 hộ.
                Huyện Đông Lâm có 96 lao động thiếu việc làm; toàn tỉnh có 1.250 lao động thiếu việc làm.""");
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.area() + " " + s.of())
                .containsExactly(
                        "120 tỉnh Hòa Lâm null",
                        "215 thị xã Bình Sơn 18400",
                        "402 thị xã Bình Sơn 18400",
                        "96 huyện Đông Lâm null",
                        "1250 tỉnh Hòa Lâm null");
    }

    @Test
    void keepsTheEstimateOfATotalForEveryItemOfItsBreakdownAfterSemicolons() {
        assertThat(extract("""
                        Sáu tháng đầu năm 2024, giá trị sản xuất ước tăng 6,5% so với cùng kỳ; trong đó nông nghiệp \
                        tăng 3,1%; công nghiệp tăng 9,8%; dịch vụ tăng 6,9%.""").stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "6.5 % estimate 6T/2024",
                        "3.1 % estimate 6T/2024", "9.8 % estimate 6T/2024", "6.9 % estimate 6T/2024");
        assertThat(extract("Năm 2022, tổng vốn đầu tư ước đạt 9.800 tỷ đồng, bao gồm vốn nhà nước 3.100 tỷ đồng; "
                                + "vốn ngoài nhà nước 6.700 tỷ đồng.")
                        .stream()
                        .map(StatementExtractorTest::brief))
                .containsExactly(
                        "9800 tỷ đồng estimate 2022", "3100 tỷ đồng estimate 2022", "6700 tỷ đồng estimate 2022");
    }

    @Test
    void readsTargetsAssignedByANamedBodyOrSetAsChiTieuAndAFigureOfAnEarlierPeriodAsABaseline() {
        assertThat(extract("""
                        Năm 2024, vốn đầu tư công của huyện được UBND tỉnh giao là 420 tỷ đồng. Vụ Hè Thu 2024, \
                        ngành nông nghiệp đặt chỉ tiêu gieo trồng 5.300 ha. Chín tháng năm 2024, kim ngạch xuất \
                        khẩu tăng 12,4%, cao hơn mức tăng 9,1% của 9 tháng năm 2023.""").stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "420 tỷ đồng target 2024",
                        "5300 ha target 2024",
                        "12.4 % actual 9T/2024",
                        "9.1 % baseline 9T/2023");
    }

    @Test
    void readsNeitherNetworkGenerationsAsGramsNorPriceBaseYearsAsPeriods() {
        assertThat(extract("Năm 2026, phủ sóng 5G đạt 100% thôn, bản; hạ tầng 4G/5G được nâng cấp.").stream()
                        .map(StatementExtractorTest::brief))
                .containsExactly("100 % actual 2026");
        assertThat(extract("Tổng giá trị sản xuất (giá so sánh năm 2010) tăng 9,1% so với năm 2022.").stream()
                        .map(IndicatorStatement::period))
                .containsExactly("2023");
    }

    @Test
    void skipsAmountsADocumentAsksAnotherLevelFor() {
        assertThat(extract("""
                THÔNG BÁO KẾT LUẬN, ngày 10 tháng 11 năm 2025
                3. Về kiến nghị hỗ trợ khoảng 300 tỷ đồng để nâng cấp đê biển:
                Tỉnh đề nghị Trung ương bổ sung 50 tỷ đồng cho khắc phục thiên tai.
                Tổng thu ngân sách đạt 4.200 tỷ đồng.""").stream().map(StatementExtractorTest::brief))
                .containsExactly("4200 tỷ đồng actual 2025");
    }

    @Test
    void keepsAPerUnitPhraseWholeButReadsTwoCountsAsTwoRecords() {
        assertThat(extract(
                                "KẾ HOẠCH năm 2030\nTổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số tử vong mẹ dưới 30 ca/100.000 trẻ đẻ sống.")
                        .stream()
                        .map(IndicatorStatement::unit))
                .containsExactly("con/phụ nữ", "ca/100.000 trẻ đẻ sống");
        List<IndicatorStatement> rate =
                extract("KẾ HOẠCH năm 2030\nGiảm tỷ suất tử vong trẻ em xuống dưới 4/100.000 trẻ sinh ra.");
        assertThat(rate.stream().map(IndicatorStatement::unit)).containsExactly("/100.000 trẻ sinh ra");
        assertThat(rate.get(0).of()).isNull();
        assertThat(extract("Năm 2024 khởi tố 12 vụ/19 bị can, xử phạt 30 vụ/30 đối tượng.").stream()
                        .map(IndicatorStatement::unit))
                .containsExactly("vụ", "bị can", "vụ", "đối tượng");
    }

    @Test
    void takesNoPeriodFromTheDateOfADocumentTheTitleRefersTo() {
        List<IndicatorStatement> found = extract("""
                ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
                Số: 12/KH-UBND
                Hòa Bình, ngày 03 tháng 12 năm 2025
                KẾ HOẠCH
                THỰC HIỆN NGHỊ QUYẾT SỐ 05/NQ-CP NGÀY 20 THÁNG 3 NĂM 2024 CỦA CHÍNH PHỦ
                1. Phấn đấu 95% hộ gia đình được dùng nước sạch.""");
        assertThat(found.stream().map(StatementExtractorTest::brief)).containsExactly("95 % target 2025");
        assertThat(found.get(0).area()).isEqualTo("tỉnh Hòa Bình");
    }

    @Test
    void givesAFigureTheCommuneItsClauseNames() {
        List<IndicatorStatement> found = extract("""
                UBND HUYỆN TÂN LẠC
                Năm 2024, dịch bệnh phát sinh tại xã Phú Cường làm chết 40 con lợn; toàn huyện có 120 hộ thoát nghèo.""");
        assertThat(found).extracting(IndicatorStatement::area).containsExactly("xã Phú Cường", "huyện Tân Lạc");
    }

    @Test
    void readsTheCriteriaOfAContestAsNoResultsHeading() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH
                Thi đua năm 2025
                III. NỘI DUNG THI ĐUA VÀ TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI
                (1) Ít nhất 85% người hưởng trợ cấp nhận tiền qua tài khoản.
                IV. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
                Tỷ lệ chi trả qua tài khoản đạt 60%.""");
        assertThat(found).extracting(IndicatorStatement::kind).containsExactly(Kind.TARGET, Kind.ACTUAL);
    }

    @Test
    void carriesALeadInEndingInAColonToTheListBelowIt() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO
                Tình hình kinh tế - xã hội, ngày 05 tháng 12 năm 2024
                Ước thực hiện cả năm 2024:
                - Tổng thu ngân sách đạt 1.200 tỷ đồng.
                Kế hoạch năm 2025 phấn đấu:
                - Giá trị sản xuất nông nghiệp tăng 4%.
                + Có thêm 3 xã đạt chuẩn nông thôn mới.
                Tỷ lệ hộ nghèo còn 2,1%.""");
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "1200 tỷ đồng estimate 2024", "4 % target 2025", "3 xã target 2025", "2.1 % actual 2024");
    }

    @Test
    void keepsTheKindOfATotalForItsBreakdownAfterASemicolon() {
        assertThat(extract(
                                "Năm 2024, vốn đầu tư ước đạt 900 tỷ đồng; trong đó vốn ngân sách 300 tỷ đồng. Dân số 41.000 người.")
                        .stream()
                        .map(IndicatorStatement::kind))
                .containsExactly(Kind.ESTIMATE, Kind.ESTIMATE, Kind.ACTUAL);
        assertThat(
                        extract(
                                        "Năm 2023, tổng mức bán lẻ uớc tính 5.400 tỷ đồng; trong đó bán lẻ trực tuyến 700 tỷ đồng.")
                                .stream()
                                .map(IndicatorStatement::kind))
                .containsExactly(Kind.ESTIMATE, Kind.ESTIMATE);
        IndicatorStatement aboveBudget = only("BÁO CÁO năm 2023\nThu ngân sách vượt 8% so dự toán.");
        assertThat(aboveBudget.pctOfPlan()).isEqualByComparingTo("108");
    }

    @Test
    void readsTheValueOfAnEarlierPeriodAsABaseline() {
        assertThat(extract(
                                "Năm 2024, thu nhập bình quân đạt 60 triệu đồng (cùng kỳ: 55 triệu đồng); năm trước là 210 hộ nghèo.")
                        .stream()
                        .map(IndicatorStatement::kind))
                .containsExactly(Kind.ACTUAL, Kind.BASELINE, Kind.BASELINE);
        assertThat(extract("Năm 2024, tỷ lệ che phủ rừng tăng từ 40% lên 42%.").stream()
                        .map(IndicatorStatement::kind))
                .containsExactly(Kind.BASELINE, Kind.ACTUAL);
    }

    @Test
    void readsAResolutionsArticlesAndBoldLinesAsHeadings() {
        List<IndicatorStatement> found = extract("""
                NGHỊ QUYẾT
                Về kế hoạch phát triển kinh tế - xã hội năm 2026
                Điều 1. Đánh giá kết quả năm 2025
                Tổng thu ngân sách đạt 2.000 tỷ đồng.
                Điều 2. Các chỉ tiêu chủ yếu năm 2026
                Tổng thu ngân sách 2.300 tỷ đồng.
                **Ước thực hiện năm 2025**
                Có 12 xã đạt chuẩn nông thôn mới.""");
        assertThat(found.stream().map(StatementExtractorTest::brief))
                .containsExactly("2000 tỷ đồng actual 2025", "2300 tỷ đồng target 2026", "12 xã estimate 2025");
    }

    @Test
    void givesAChangeToItsOwnIndicatorsLevelAndTheCountryItsFigures() {
        List<IndicatorStatement> found = extract("""
                Năm 2025, xuất khẩu tăng 18,3% (bình quân cả nước tăng 16,2%); doanh thu du lịch tăng 12%, cao hơn so với mức tăng cả nước là 9%.""");
        assertThat(found.stream().map(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.area()))
                .containsExactly("18.3 null", "16.2 cả nước", "12 null", "9 cả nước");
        assertThat(found.get(2).changePct()).isEqualByComparingTo("12");
        IndicatorStatement rate = only("Năm 2024, tỷ lệ hộ nghèo giảm 0,3%, tỷ lệ hộ nghèo toàn huyện còn 2,1%.");
        assertThat(rate.value()).isEqualByComparingTo("2.1");
        assertThat(rate.changeAbs()).isEqualByComparingTo("-0.3");
    }

    @Test
    void readsNoRecordFromAHeadingThatCountsWhatItLists() {
        assertThat(extract("""
                KẾ HOẠCH năm 2026
                1. Phát triển văn hóa đến năm 2030 (8 mục tiêu)
                a) Nhóm chỉ tiêu về y tế (3 chỉ tiêu):
                - Có 95% trạm y tế đạt chuẩn.""").stream().map(IndicatorStatement::value))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("95"));
    }

    @Test
    void readsNoRecordFromAReferenceToAPointOfAnotherText() {
        assertThat(
                        extract(
                                        "Năm 2025, thực hiện theo điểm 2 Mục III Kế hoạch; có 12 xã hoàn thành, theo điểm 3 khoản 1.")
                                .stream()
                                .map(IndicatorStatement::value))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("12"));
    }

    private static List<String> periods(String text) {
        return extract(text).stream().map(IndicatorStatement::period).toList();
    }

    @Test
    void letsAPartOfAYearFrameTheRestOfItsParagraphButNotAYear() {
        assertThat(periods("""
                BÁO CÁO
                Trong 9 tháng năm 2024, sản lượng cà phê đạt 800 tấn. Kim ngạch xuất khẩu đạt 12 triệu USD.
                Năm 2023 toàn xã có 40 hộ nghèo. Số trường học có 6 trường.""")).containsExactly("9T/2024", "9T/2024", "2023", "2023");
    }

    @Test
    void givesABreakdownSentenceThePeriodOfTheTotalBeforeIt() {
        assertThat(periods("""
                BÁO CÁO năm 2024
                Doanh thu quý II tăng 3%, 6 tháng năm 2024 tăng 5,1%. Trong đó: bán lẻ ước đạt 4,2%; dịch vụ ước đạt 6,3%.""")).containsExactly("Q2/2024", "6T/2024", "6T/2024", "6T/2024");
    }

    @Test
    void takesNoPeriodFromANameABracketOrAStartingPoint() {
        assertThat(periods("""
                BÁO CÁO năm 2024
                Tỷ lệ hộ nghèo còn 2,1% (theo chuẩn nghèo giai đoạn 2022 - 2025); cấp phép cho 5 quỹ tín dụng theo Luật Các tổ chức tín dụng năm 2010.
                Sửa chữa 3 phòng học (xuống cấp từ năm 2019), làm mới 2 phòng học.""")).containsExactly("2024", "2024", "2024", "2024");
    }

    @Test
    void readsMonthsUpToADateAndTheWholeYearAsPeriods() {
        assertThat(periods("""
                BÁO CÁO năm 2024
                Tính đến hết tháng 8/2024 đã cấp 120 giấy phép. Sản lượng 8 tháng của huyện ước đạt 900 tấn, so cùng kỳ tăng 4%; ước cả năm 1.400 tấn.""")).containsExactly("8T/2024", "8T/2024", "2024");
    }

    @Test
    void readsACountOfSeveralWordsPerARoundNumberAsOneUnit() {
        IndicatorStatement doctors = only("KẾ HOẠCH năm 2026\nPhấn đấu đạt 11 bác sĩ/10.000 dân.");
        assertThat(doctors.unit()).isEqualTo("bác sĩ/10.000 dân");
        assertThat(doctors.value()).isEqualByComparingTo("11");
    }

    @Test
    void readsACountInsideWhatAShareCountsAsPartOfItsDefinition() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2026
                Phấn đấu 95% hộ gia đình được dùng ít nhất 2 loại dịch vụ số; 100% trường học có tối thiểu 01 phòng tin học.
                Duy trì 98% xã có trạm y tế, tăng 3 xã so với năm 2025.""");
        assertThat(found)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("95"), dec("100"), dec("98"));
    }

    @Test
    void readsNoFiguresFromTheRulesOfAPlansContestButReadsAReportsAwards() {
        List<IndicatorStatement> plan = extract("""
                KẾ HOẠCH
                Tổ chức phong trào thi đua xây dựng nông thôn mới năm 2026
                II. CHỈ TIÊU
                1. Phấn đấu 100% thôn có nhà văn hóa.
                III. CÁCH THỨC XẾP HẠNG
                Trường hợp có từ 03 thôn trở lên bằng điểm thì xét thôn có nhiều hộ tham gia hơn.
                IV. KHEN THƯỞNG
                1. Cấp huyện
                a) Tặng Giấy khen cho tập thể, cá nhân xuất sắc (tỷ lệ không quá 15% tập thể).""");
        assertThat(plan)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("100"));
        List<IndicatorStatement> report = extract("""
                BÁO CÁO
                Kết quả năm 2025
                IV. KHEN THƯỞNG
                Đã khen thưởng 12 tập thể, 30 cá nhân.""");
        assertThat(report)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("12"), dec("30"));
    }

    @Test
    void readsAShareOfTasksAndACountWithItsNounOnBothSidesOfTheSlashAsOneRecord() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2025
                Trong năm đã hoàn thành 14/20 nhiệm vụ được giao; thực hiện đạt và vượt 18 chỉ tiêu/20 chỉ tiêu chủ yếu.
                Tỷ lệ che phủ rừng không dưới 45%.""");
        assertThat(found)
                .extracting(IndicatorStatement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("14"), dec("18"), dec("45"));
        assertThat(found)
                .extracting(IndicatorStatement::of)
                .usingElementComparator(Comparator.nullsFirst(BigDecimal::compareTo))
                .containsExactly(dec("20"), dec("20"), null);
        assertThat(found).extracting(IndicatorStatement::unit).containsExactly("nhiệm vụ", "chỉ tiêu", "%");
        assertThat(found).extracting(s -> s.comparator().code()).containsExactly("=", "=", ">=");
    }

    @Test
    void givesATargetMetEveryYearThePlansSpanButAStockAtTheHorizonItsYear() {
        assertThat(periods("""
                ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
                Hòa Bình, ngày 12 tháng 3 năm 2026
                KẾ HOẠCH
                Phát triển du lịch đến năm 2030
                1. Chỉ tiêu đến năm 2030
                a) Mỗi năm, số lượt khách tăng trên 8%; đến năm 2030 có ít nhất 40 điểm du lịch cộng đồng.""")).containsExactly("2026-2030", "2030");
    }

    @Test
    void readsTheValueOfAnIndexOrCoefficientWithNoUnit() {
        assertThat(extract("""
                BÁO CÁO năm 2024
                Chỉ số năng lực cạnh tranh cấp tỉnh đạt 68,4; hệ số sử dụng đất nông nghiệp là 2,15 HDI; \
                thu nhập bình quân đạt 62 triệu đồng; cấp 12 giấy phép, 5 hộ được hỗ trợ và có 3 trạm.""").stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "68.4 null actual 2024",
                        "2.15 null actual 2024",
                        "62 triệu đồng actual 2024",
                        "12 giấy phép actual 2024",
                        "5 hộ actual 2024",
                        "3 trạm actual 2024");
        assertThat(extract("BÁO CÁO năm 2024\nChỉ số cải cách hành chính xếp thứ 12 trong cả nước."))
                .isEmpty();
    }

    @Test
    void readsACommaAsThousandsWhereFiguresOfTheSameUnitBesideItAreWrittenWithDots() {
        assertThat(extract("""
                BÁO CÁO năm 2023
                Doanh thu dịch vụ đạt 86.250 triệu đồng, doanh thu thương mại 23,400 triệu đồng; \
                thu ngân sách 145,625 tỷ đồng, trong đó thu tiền đất 60.100 triệu đồng.""").stream().map(StatementExtractorTest::brief))
                .containsExactly(
                        "86250 triệu đồng actual 2023",
                        "23400 triệu đồng actual 2023",
                        "145.625 tỷ đồng actual 2023",
                        "60100 triệu đồng actual 2023");
    }

    @Test
    void readsANumberedStormAsAName() {
        assertThat(extract("Năm 2024, cơn bão số 3 làm hư hỏng 120 ngôi nhà; bão số 12 gây ngập 40 ha lúa.").stream()
                        .map(StatementExtractorTest::brief))
                .containsExactly("120 ngôi actual 2024", "40 ha actual 2024");
    }

    @Test
    void aPeriodNamedBeforeAChangeOpensAStatementOfItsOwn() {
        assertThat(extract("""
                BÁO CÁO tháng 10 năm 2025

                Thu ngân sách năm 2025 đạt 900 tỷ đồng, tăng 12% so với cùng kỳ.

                Tăng trưởng kinh tế quý II đạt 7,1%, 6 tháng đầu năm 2025 tăng 6,4%.""").stream().map(s -> brief(s) + " " + s.changePct()))
                .containsExactly("900 tỷ đồng actual 2025 12", "7.1 % actual Q2/2025 null", "6.4 % actual 6T/2025 6.4");
    }

    @Test
    void aSecondPercentOfPlanWithASubjectOfItsOwnIsARecord() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2024

                Thu ngân sách 40 tỷ đồng, đạt 110% dự toán tỉnh giao và đạt 105% so với Nghị quyết HĐND.

                Ước giá trị khối lượng xây dựng cả năm 95 tỷ đồng, đạt 102% kế hoạch và vốn đầu tư công giải ngân \
                đạt 98% kế hoạch.""");
        assertThat(found.stream().map(s -> brief(s) + " " + s.pctOfPlan()))
                .containsExactly("40 tỷ đồng actual 2024 110", "95 tỷ đồng estimate 2024 102", "98 % estimate 2024 98");
    }

    @Test
    void skipsACountThatTheClauseAsksAnotherLevelToRecognise() {
        assertThat(extract("""
                Năm 2024, toàn huyện có 14 sản phẩm OCOP đạt 3 sao, đang đề nghị tỉnh công nhận thêm 3 sản phẩm; \
                kiến nghị bổ sung 2 biên chế.""").stream().map(StatementExtractorTest::brief)).containsExactly("14 sản phẩm actual 2024");
    }

    @Test
    void aKindWordWrittenAsALabelHoldsForWhatFollowsItsColon() {
        assertThat(extract("""
                BÁO CÁO năm 2024
                Tăng trưởng năm 2024 đạt 5,2%, thấp hơn kỳ vọng của tỉnh (mục tiêu: tăng bình quân 6,5% mỗi năm).""").stream().map(StatementExtractorTest::brief))
                .containsExactly("5.2 % actual 2024", "6.5 % target 2024");
    }

    @Test
    void readsASignInBracketsAsTheDirectionOfAChange() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2024
                Giá trị xuất khẩu ước đạt 3.400 triệu USD, so với năm trước giảm nhẹ (-2,5%). Quý II tăng khá (+6,1%).""");
        assertThat(found.stream().map(s -> brief(s) + " " + s.changePct()))
                .containsExactly("3400 triệu usd estimate 2024 -2.5", "6.1 % actual Q2/2024 6.1");
    }

    @Test
    void readsNoRecordFromTheCountARankIsTakenAmong() {
        assertThat(extract("""
                BÁO CÁO năm 2024
                Chỉ số PCI tăng 6 bậc, đứng thứ 12 trong số 34 địa phương; mức tăng thu cao nhất trong 63 tỉnh, thành phố; \
                có 34 xã đạt chuẩn nông thôn mới.""").stream().map(StatementExtractorTest::brief))
                .containsExactly("6 bậc actual 2024", "34 xã actual 2024");
    }

    @Test
    void keepsUnitsOfOneRankNamedTogetherAfterTheSlashOfARate() {
        assertThat(extract(
                                "Năm 2025 bố trí 3 công chức/thôn, tổ dân phố; kinh phí 1,2 tỷ đồng/xã, thị trấn, cấp cho 15 xã, phường.")
                        .stream()
                        .map(IndicatorStatement::unit))
                .containsExactly("công chức/thôn, tổ dân phố", "tỷ đồng/xã, thị trấn", "xã");
    }

    @Test
    void aPresentStateWordSaysNothingOfAPeriodAfterTheDocument() {
        assertThat(extract("""
                KẾ HOẠCH
                Ủy ban nhân dân huyện, ngày 5 tháng 3 năm 2026
                a) Lập lộ trình thực hiện đến năm 2029, bảo đảm ít nhất 60% thôn có nhà văn hóa.
                b) Lũy kế thực hiện đến năm 2025 có 85 hộ được hỗ trợ nhà ở.""").stream().map(StatementExtractorTest::brief))
                .containsExactly("60 % target 2029", "85 hộ actual 2025");
    }

    @Test
    void aDocumentOfANationalBodyIsTheWholeCountrysUnlessAnAreaIsNamed() {
        List<IndicatorStatement> found = extract("""
                CHÍNH PHỦ
                NGHỊ QUYẾT
                Về nhiệm vụ phát triển năm 2027
                Phấn đấu tỷ lệ lao động qua đào tạo đạt 72%.
                """);
        assertThat(found).extracting(IndicatorStatement::area).containsExactly("cả nước");
        assertThat(extract("""
                VĂN PHÒNG CHÍNH PHỦ
                THÔNG BÁO
                Kết luận tại buổi làm việc với tỉnh Hòa Bình
                Năm 2025, thu ngân sách của tỉnh đạt 5.000 tỷ đồng.
                """)).extracting(IndicatorStatement::area).doesNotContain("cả nước");
    }

    @Test
    void aBracketThatOpensWithAnotherSubjectHoldsThePartsOwnChanges() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Tổng giá trị sản xuất ước đạt 5,1% (ngành trồng trọt ước tăng 2,4%; ngành chăn nuôi ước tăng 6,2%).
                Doanh thu du lịch đạt 300 tỷ đồng (tăng 12% so với năm 2025).
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.changePct())
                .containsExactly("5.1 null", "2.4 2.4", "6.2 6.2", "300 12");
    }

    @Test
    void aContributionToGrowthIsAFigureOfItsOwnBesideTheSectorsGrowth() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Khu vực công nghiệp tăng 9,4%, đóng góp 2,8 điểm phần trăm vào mức tăng chung.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit() + " " + s.changePct())
                .containsExactly("9.4 % 9.4", "2.8 % null");
    }

    @Test
    void aSentenceOpeningWithTrongDoKeepsTheKindOfTheTotalBeforeIt() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Vốn đầu tư toàn xã hội ước đạt 2.400 tỷ đồng. Trong đó vốn ngân sách 900 tỷ đồng; vốn dân cư 1.500 tỷ đồng.
                Thu ngân sách đạt 310 tỷ đồng. Trong đó thu nội địa 280 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found))
                .containsExactly("2400 estimate", "900 estimate", "1500 estimate", "310 actual", "280 actual");
    }

    @Test
    void thePlanAShareIsOfSaysNothingOfTheKindOfTheFiguresNearIt() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Trong 6 tháng đầu năm, tổng giá trị sản xuất là 538 tỷ đồng, đạt 55,5 % kế hoạch năm. Trong đó, nông nghiệp 71 tỷ đồng, đạt 68% kế hoạch.
                Thu ngân sách ước trên 78 tỷ đồng, đạt 50% so với dự toán địa phương giao. Trong đó thu địa bàn 9,6 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("538 actual", "71 actual", "78 estimate", "9.6 estimate");
    }

    @Test
    void thePurposeATaskIsDoneForListsItsTargetsToTheSentenceEnd() {
        List<IndicatorStatement> found = extract("""
                Tỉnh tạo sức bật mới trong năm 2029
                Năm 2029, tỉnh sẽ tiếp tục phát huy truyền thống đoàn kết với mục tiêu tăng trưởng kinh tế đạt 8%, GRDP bình quân đầu người đạt 79 triệu đồng/người/năm và tổng vốn đầu tư toàn xã hội đạt 37.330 tỷ đồng. Năm 2028, thu ngân sách đạt 5.000 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("8 target", "79 target", "37330 target", "5000 actual");
    }

    @Test
    void aBudgetAsAmendedIsATargetAndSoAreThePartsOfItsTotal() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2029
                HĐND phường thông qua nghị quyết điều chỉnh dự toán thu, chi ngân sách. Theo đó, tổng thu cân đối ngân sách năm 2029 sau điều chỉnh gần 216 tỷ đồng, tăng hơn 4 lần so với dự toán ban đầu. Trong đó, thu bổ sung từ ngân sách cấp trên hơn 196 tỷ đồng.
                Thu ngân sách năm 2028 đạt 50 tỷ đồng, tăng 5% so với dự toán. Trong đó, thu nội địa 40 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("216 target", "196 target", "50 actual", "40 actual");
    }

    @Test
    void aYearWrittenRightAfterAFiguresUnitIsItsOwnAndTheLevelItRisesFromIsItsBaseline() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH
                Chỉ tiêu thu ngân sách cũng tăng, từ mức 955 tỷ đồng năm 2028 lên mức 1.010 tỷ đồng năm 2029. Năng suất lúa năm 2029 đạt 59,7 tạ/ha tương đương năm 2021.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("955 baseline 2028", "1010 target 2029", "59.7 target 2029");
    }

    @Test
    void aLeadInsAsideOrThePlanItsResultIsAShareOfGivesNoKindToItsList() {
        for (String share : List.of("(đạt 52,4% chỉ tiêu tỉnh giao 240ha)", ", đạt 52,4% kế hoạch")) {
            List<IndicatorStatement> found = extract("""
                    BÁO CÁO năm 2029
                    Về bồi thường, giải phóng mặt bằng đã chi trả được 971 hộ%s, cụ thể:
                    + Nhóm công trình vốn ngân sách: đã chi trả được 22 hộ.
                    """.formatted(share));
            assertThat(found)
                    .filteredOn(s -> s.line() == 3)
                    .extracting(StatementExtractorTest::valueKindPeriod)
                    .as(share)
                    .containsExactly("22 actual 2029");
        }
    }

    @Test
    void theSameFiguresOfAnEarlierTimeInBracketsAreBaselines() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO quý I năm 2029
                Về cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 17,13%; khu vực dịch vụ 36,79% (Cơ cấu tương ứng quý I năm 2028: 18,42%; 37,16%).
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly(
                        "17.13 actual Q1/2029",
                        "36.79 actual Q1/2029",
                        "18.42 baseline Q1/2028",
                        "37.16 baseline Q1/2028");
    }

    @Test
    void aVerbEndingInHienIsNoPresentStateWord() {
        IndicatorStatement s = only("""
                KẾ HOẠCH năm 2027
                Các ngành thực hiện có hiệu quả các giải pháp để 97% hộ dân được cấp nước sạch.
                """);
        assertThat(s.kind()).isEqualTo(Kind.TARGET);
    }

    @Test
    void aListAnnouncedAsTargetsInItsSentenceHoldsTargetsToTheSentenceEnd() {
        List<IndicatorStatement> found = extract("""
                Tin hoạt động
                Hội đồng nhân dân phường Hòa Lạc đã thông qua nghị quyết năm 2026 với các chỉ tiêu chính như sau: thu nhập bình quân đạt 80 triệu đồng; 95% hộ đạt gia đình văn hóa; tạo việc làm cho 300 lao động.
                Kết quả thực hiện các chỉ tiêu: thu ngân sách đạt 12 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("80 target", "95 target", "300 target", "12 actual");
    }

    @Test
    void aPlanFigureNamedChiTieuBesideAResultIsATarget() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Kim ngạch xuất khẩu ước đạt 2,3 tỷ USD, vượt xa chỉ tiêu 1,9 tỷ USD; theo kế hoạch đến năm 2027 số xã đạt chuẩn là 9 xã.
                Thanh tra theo kế hoạch 03 cuộc.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("2.3 estimate", "1.9 target", "9 target", "3 actual");
    }

    @Test
    void theLastMonthsOfAYearAreThatYearAndAnOpeningTrongNThangFramesThePage() {
        IndicatorStatement rest = only("""
                Tin kỳ họp
                Nghị quyết giao các chỉ tiêu 3 tháng cuối năm 2026: thu ngân sách đạt 40 tỷ đồng.
                """);
        assertThat(rest.period()).isEqualTo("2026");
        List<IndicatorStatement> page = extract("""
                Trong 10 tháng, các ngành của huyện đã triển khai nhiệm vụ năm 2024.
                Thu ngân sách ước đạt 95 tỷ đồng.
                """);
        assertThat(page).extracting(IndicatorStatement::period).containsExactly("10T/2024");
    }

    @Test
    void aPresentStateInAReportOnPartOfAYearIsTheDocumentsYear() {
        List<IndicatorStatement> found = extract("""
                Tin xã
                6 tháng đầu năm 2026, xã trồng mới 40 ha rừng. Đến nay, toàn xã còn 35 hộ nghèo.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("6T/2026", "2026");
    }

    @Test
    void namesWithADashRanksAndCountsThatAnnounceAListAreNoRecords() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Dù ảnh hưởng của dịch SARS - 2 nhưng thu hút đầu tư đạt 3 tỷ USD, nằm trong tốp 5 tỉnh dẫn đầu.
                Hội đồng thông qua 15 mục tiêu chủ yếu như sau: tỷ lệ che phủ rừng đạt 45%. Xã đã đạt 12 chỉ tiêu: thu nhập, y tế.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit())
                .containsExactly("3 tỷ usd", "45 %", "12 chỉ tiêu");
    }

    @Test
    void aCurrencyAfterAScaleWordJoinsIt() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2027
                Kim ngạch xuất khẩu đạt 12 tỉ đô la Mỹ, vốn FDI 800 triệu đô la.
                """);
        assertThat(found).extracting(IndicatorStatement::unit).containsExactly("tỷ usd", "triệu usd");
    }

    @Test
    void aCountsChangeJoinsTheLevelThatCountsTheSameThingNotAnIncome() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Thu nhập bình quân đạt 61 triệu đồng/người/năm, toàn xã giảm 9 hộ nghèo.
                Xảy ra 7 vụ cháy, làm 3 người bị thương (giảm 2 vụ so với cùng kỳ).
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.changeAbs())
                .containsExactly("61 null", "9 -9", "7 -2", "3 null");
    }

    @Test
    void aPageWhoseHeadlineIsAMinistryOrAGeneralDepartmentIsTheCountrys() {
        assertThat(extract("""
                        Tổng cục Hải quan cho biết kim ngạch nhập khẩu đã phục hồi
                        Trong quý III năm 2027, kim ngạch nhập khẩu tăng 6,4% so với quý trước.
                        """)).extracting(IndicatorStatement::area).containsExactly("cả nước");
        assertThat(extract("""
                        Bộ Xây dựng: số nhà ở xã hội hoàn thành năm 2027 vượt dự kiến
                        Năm 2027 hoàn thành 41.000 căn nhà ở xã hội.
                        """)).extracting(IndicatorStatement::area).containsExactly("cả nước");
        // "bộ" as a common noun opens no national page
        assertThat(extract("""
                        Bộ máy xã Tân Lạc tinh gọn sau sắp xếp
                        Năm 2027 xã Tân Lạc giảm 6 đầu mối.
                        """)).extracting(IndicatorStatement::area).doesNotContain("cả nước");
    }

    @Test
    void aHeadlineThatAnnouncesTargetsMakesAPageAPlanAndANationalSubjectTheCountrys() {
        List<IndicatorStatement> found = extract("""
                Quốc hội đặt mục tiêu tăng trưởng năm 2027 từ 9% trở lên
                Theo nghị quyết, năm 2027 tổng vốn đầu tư xã hội bằng 33% GDP, lạm phát dưới 4%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code() + " " + s.area())
                .containsExactly("9 target cả nước", "33 target cả nước", "4 target cả nước");
        assertThat(extract("""
                Huyện Tân Lạc hoàn thành vượt kế hoạch các mục tiêu năm 2026
                Năm 2026, thu ngân sách của huyện Tân Lạc đạt 90 tỷ đồng.
                """)).extracting(s -> s.kind().code()).containsExactly("actual");
    }

    @Test
    void aListLabelMayNameTheYearAndFieldOfItsTargets() {
        List<IndicatorStatement> found = extract("""
                Tin huyện
                Các chỉ tiêu văn hóa - xã hội năm 2027 gồm: tỷ lệ trường chuẩn đạt 85%, có 12 thiết chế văn hóa.
                Những chỉ tiêu đạt được trong năm như sau: 40 lớp học được xây mới.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("85 target", "12 target", "40 actual");
    }

    @Test
    void aCountAfterVuotMucIsARecordAndATrillionOfDongKeepsBothScales() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Tỉnh hoàn thành vượt mức 21/22 chỉ tiêu; vốn huy động khoảng 1,2 triệu tỷ đồng.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit())
                .containsExactly("21 chỉ tiêu", "1.2 triệu tỷ đồng");
    }

    @Test
    void aChangeThatNamesItsOwnSubjectAfterACommaIsARecordOfItsOwn() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2027
                Lạm phát dưới 4%, kim ngạch xuất khẩu tăng 9 - 10%.
                Doanh thu du lịch đạt 500 tỷ đồng, so với CK tăng 3%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.changePct())
                .containsExactly("4 null", "9 9", "500 3");
    }

    @Test
    void aCongressPageReadsItsTermItsTargetsAndNotItsAttendance() {
        List<IndicatorStatement> found = extract("""
                Tin đại hội
                Dự Đại hội có 120 đại biểu đại diện cho 350 đảng viên.
                Nhiệm kỳ 2020-2025, phường Đông Hòa đạt nhiều kết quả. Cụ thể, đã tạo việc làm cho 800 lao động.
                Với phương châm “Đoàn kết - Đổi mới", nhiệm kỳ 2025-2030, Đảng bộ đề ra 14 chỉ tiêu, trong đó thu ngân sách tăng bình quân 9%/năm; tỷ lệ hộ dùng nước sạch đạt 99%.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("800 actual 2020-2025", "9 target 2025-2030", "99 target 2025-2030");
    }

    @Test
    void aListOfIndicatorsForATermIsAPlanAndATermNamingABodyIsNoPeriod() {
        List<IndicatorStatement> found = extract("""
                Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)
                (1) Tỷ lệ trường đạt chuẩn: 90%.
                """);
        assertThat(found).extracting(StatementExtractorTest::valueKindPeriod).containsExactly("90 target 2025-2030");
        IndicatorStatement session = only("""
                BÁO CÁO
                Hội đồng nhân dân xã khóa XXI, nhiệm kỳ 2021-2026 đã họp; năm 2023 xã trồng 30 ha rừng.
                """);
        assertThat(session.period()).isEqualTo("2023");
    }

    @Test
    void aChangeNamingItsSubjectIsNoChangeOfTheNextFigureWithAnotherSubject() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2027
                Tỷ lệ hộ nghèo giảm 1,5%, mỗi năm giải quyết việc làm cho 300 lao động.
                Tỷ lệ hộ nghèo giảm 0,4%, tỷ lệ hộ nghèo còn 2,1%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.changeAbs())
                .containsExactly("1.5 null", "300 null", "2.1 -0.4");
    }

    @Test
    void aStandardReachedInAYearIsThatYearAndAModelVillageIsNoName() {
        List<IndicatorStatement> found = extract("""
                CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2025-2030
                1. Tỷ lệ lao động qua đào tạo bình quân hằng năm tăng 2%.
                2. Tỷ lệ xã đạt chuẩn nông thôn mới năm 2030 đạt 70%, tỷ lệ bản kiểu mẫu 12%.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("2 target 2025-2030", "70 target 2030", "12 target 2030");
    }

    @Test
    void everyItemAfterCuTheDetailsTheSentenceBeforeAndAPlanBetweenIsNoSubject() {
        List<IndicatorStatement> found = extract("""
                Tin đại hội xã
                Đại hội đã thông qua 12 chỉ tiêu. Cụ thể, thu nhập bình quân đạt 65 triệu đồng; tỷ lệ hộ nghèo dưới 1%. Ban Chấp hành gồm 13 đồng chí.
                Thu ngân sách được 40 tỷ đồng, đạt 90% dự toán HĐND giao và tăng 8% so với cùng kỳ.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code() + " " + s.changePct())
                .containsExactly("65 target null", "1 target null", "40 actual 8");
    }

    @Test
    void aSessionPageReviewingAYearReadsItsUnmarkedFiguresAsThatYearsResults() {
        List<IndicatorStatement> found = extract("""
                HĐND phường Bình Minh bàn mục tiêu năm 2028
                Sáng 20/12, HĐND phường Bình Minh họp để đánh giá kết quả thực hiện nhiệm vụ năm 2027; bàn mục tiêu năm 2028.
                Giá trị sản xuất ước đạt 900 tỷ đồng; thu ngân sách 42 tỷ đồng.
                Toàn phường có 6 câu lạc bộ thể thao.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("900 estimate 2027", "42 actual 2027", "6 actual 2027");
    }

    @Test
    void aListAfterStrivingToMeetTheIndicatorsHoldsTargets() {
        List<IndicatorStatement> found = extract("""
                Tin phường
                Năm 2028, phường phấn đấu thực hiện các chỉ tiêu: thu ngân sách đạt 50 tỷ đồng; tỷ lệ hộ nghèo giảm còn 0,5%; có 3 trường đạt chuẩn.
                """);
        assertThat(found)
                .extracting(s -> brief(s) + " " + s.comparator().code())
                .containsExactly("50 tỷ đồng target 2028 =", "0.5 % target 2028 <=", "3 trường target 2028 =");
    }

    @Test
    void aNumberedBodyTheTargetsSetAndAPlanOfALevelAreNoRecords() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Dự họp có đại diện Đoàn Kiểm tra số 4 của tỉnh. Trong 30 chỉ tiêu của huyện đặt ra, đã đạt 28 chỉ tiêu. Thu ngân sách đạt 110% huyện giao.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.pctOfPlan())
                .containsExactly("28 null", "110 110");
    }

    @Test
    void thePartOfAYearAPageFirstNamesIsItsPeriodAndACouncilsTermInBracketsIsNone() {
        assertThat(extract("""
                        Kinh tế tỉnh khởi sắc
                        Trong 9tháng đầu năm năm 2027, GRDP của tỉnh ước tăng 7%.
                        Tổng thu ngân sách đạt 3.000 tỷ đồng.
                        """)).extracting(IndicatorStatement::period).containsExactly("9T/2027", "9T/2027");
        assertThat(extract("""
                        Tin huyện
                        Ngày 10/7, HĐND huyện khóa XIV (nhiệm kỳ 2021 - 2026) họp đánh giá tình hình 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2027.
                        Giá trị sản xuất ước đạt 500 tỷ đồng.
                        """)).extracting(IndicatorStatement::period).containsExactly("6T/2027");
    }

    @Test
    void aBoundThatDefinesTheCountedPlacesAndAPlacesGroupAreNoRecords() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Cả nước có 20/34 tỉnh tăng trưởng đạt từ 7% trở lên; Sơn Tây là 1 trong 5 tỉnh tăng dưới 6%. Cùng với 4 tỉnh khác, tỉnh được khen. Có 9 xã đạt tỷ lệ che phủ 60%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("20", "9", "60");
    }

    @Test
    void aProvinceNamedWithoutItsLevelBeforeItsFigureIsThatFiguresArea() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO của tỉnh Phú Yên năm 2027
                Thu ngân sách tăng 9%; Kon Tum (7,5%), Huế 6,1%; Phú Yên tăng 8%.
                """);
        assertThat(found)
                .extracting(IndicatorStatement::area)
                .containsExactly("tỉnh Phú Yên", "tỉnh Kon Tum", "thành phố Huế", "tỉnh Phú Yên");
    }

    @Test
    void aReviewAfterADatelineAndAVenueNeitherDateNorPlaceThePage() {
        List<IndicatorStatement> found = extract("""
                Hòa Bình nhắm tăng trưởng 2 con số năm 2028
                Sáng 5-1, tại phường Kỳ Sơn, UBND tỉnh Hòa Bình họp giao chỉ tiêu năm 2028.
                Toàn cảnh hội nghị
                Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2027 và bàn nhiệm vụ năm 2028.
                Thu ngân sách đạt 4.100 tỷ đồng.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code() + " " + s.period() + " " + s.area())
                .containsExactly("4100 actual 2027 tỉnh Hòa Bình");
    }

    @Test
    void growthWrittenRightAfterAnAmountIsThatAmountsChange() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Doanh thu du lịch ước đạt 640 tỷ đồng, tăng trưởng 12%. Tốc độ tăng trưởng kinh tế đạt 7%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.changePct())
                .containsExactly("640 12", "7 null");
    }

    @Test
    void aChangeJoinedByAndToAPercentOfPlanQualifiesTheSameAmount() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Thu nội địa đạt 5.200 tỷ đồng, vượt 12,5% dự toán Trung ương giao và tăng 9% so với cùng kỳ.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.pctOfPlan().stripTrailingZeros().toPlainString() + " "
                        + s.changePct().stripTrailingZeros().toPlainString())
                .containsExactly("5200 112.5 9");
    }

    @Test
    void countsOfProvincesAgainstTheCountrysTotalAreTheCountrys() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO của tỉnh Phú Yên năm 2027
                Có 20/34 địa phương trong cả nước thu ngân sách vượt dự toán, trong đó 7 địa phương vượt trên 20%.
                Toàn tỉnh có 5 xã đạt chuẩn nông thôn mới.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.area())
                .contains("20 cả nước", "7 cả nước", "5 tỉnh Phú Yên");
    }

    @Test
    void countsOfProvincesInAParagraphWithoutTheTotalAreStillTheCountrys() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO của tỉnh Kon Tum năm 2027
                Theo Bộ Công Thương, quý I có 21/63 tỉnh đạt kim ngạch xuất khẩu trên 1 tỷ USD.
                Ở chiều ngược lại, 9 địa phương giảm xuất khẩu so với cùng kỳ.
                Trong tỉnh có 4 địa phương hoàn thành kế hoạch, tỉnh xếp thứ 30/63 tỉnh về xuất khẩu.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.area())
                .contains("21 cả nước", "9 cả nước");
        // a rank among the provinces is no count of them: a page that only ranks keeps its own area
        assertThat(extract("""
                        BÁO CÁO của tỉnh Kon Tum năm 2027
                        Tỉnh xếp thứ 30/63 tỉnh về xuất khẩu; có 4 địa phương hoàn thành kế hoạch.
                        """)).extracting(IndicatorStatement::area).containsOnly("tỉnh Kon Tum");
    }

    @Test
    void aCountOfThingsAlreadyDoneIsThePresentStateAlsoInAPlan() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH phát triển công nghiệp năm 2027
                Tận dụng 12 cụm công nghiệp đã được đầu tư hạ tầng để thu hút thêm 30 dự án; nâng cấp 4 tuyến đường đã xuống cấp.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("12 actual", "30 target", "4 target");
    }

    @Test
    void theExcessOverAPlanAfterAFigureOfTheSameUnitIsNoRecord() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2026
                Trong năm giải quyết việc làm cho 540 lao động, vượt 40 lao động và đạt 108% so với huyện giao.
                Toàn xã có 12 thôn đạt chuẩn, vượt 3 thôn so với kế hoạch; vượt 2 chỉ tiêu.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + plain(s.pctOfPlan()))
                .containsExactly("540 108", "12 -", "2 -");
    }

    @Test
    void aFigureOfTheSameTimeAYearBeforeInBracketsIsABaseline() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO tình hình kinh tế quý II năm 2027
                Quý II/2027 doanh thu du lịch tăng 9,2% (cùng kỳ tăng 4,1%); lượng khách tăng 6% (cùng kỳ năm 2026 giảm 1,5%).
                Lãi suất cho vay bình quân quý II/2027 là 7,2% (lãi suất quý II/2026 là 8,4%), vốn huy động tăng 3% (cả tỉnh tăng 5%).
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code() + " " + s.period())
                .containsExactly(
                        "9.2 actual Q2/2027",
                        "4.1 baseline Q2/2026",
                        "6 actual Q2/2027",
                        "1.5 baseline Q2/2026",
                        "7.2 actual Q2/2027",
                        "8.4 baseline Q2/2026",
                        "3 actual Q2/2027",
                        "5 actual Q2/2027");
    }

    @Test
    void aFigureGluedToItsVerbIsReadButOneGluedToANameIsNot() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO tháng 5 năm 2027
                Trong tháng, sản lượng điệntăng2,4%; giá thépgiảm0,8%; dòng xe VF8 bán được 2.100 chiếc.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit())
                .containsExactly("2.4 %", "0.8 %", "2100 chiếc");
    }

    @Test
    void strivingAsTheVerbOfItsSentenceMakesTargetsToTheSentenceEnd() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Năm 2027, thu ngân sách đạt 12 tỷ đồng.
                Năm 2028, xã Tân Lạc phấn đấu giữ vững các tiêu chí nông thôn mới; thu ngân sách tăng 10%; tỷ lệ che phủ rừng đạt 61%.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("12 actual", "10 target", "61 target");
    }

    @Test
    void aBarePercentAfterAnAmountOfMoneyIsItsShareOfThePlan() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Thu ngân sách xã ước đạt 4,2 tỷ đồng đạt 108%, tỷ lệ che phủ rừng đạt 61%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + plain(s.pctOfPlan()))
                .containsExactly("4.2 108", "61 -");
    }

    @Test
    void theItemsOfABreakdownGoOnAfterSemicolonsWithTheKindOfTheirTotal() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO tháng 4 năm 2027
                Ước tính doanh thu bán lẻ tháng 4/2027 tăng 2,2% so với tháng trước, trong đó lương thực tăng 1,8%; may mặc tăng 3,1%; dịch vụ lưu trú tăng 0,6%.
                Trong tháng có 15/20 nhóm hàng tăng giá.
                """);
        assertThat(valuesAndKinds(found))
                .containsExactly("2.2 estimate", "1.8 estimate", "3.1 estimate", "0.6 estimate", "15 actual");
    }

    @Test
    void aKindWordRightAfterACountIsTheVerbOfThatCount() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Năm 2027, toàn huyện có 14 xã đạt chuẩn; 5 xã nông thôn mới ước hoàn thành trong tháng 12; 3 xã dự kiến chưa đạt.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("14 actual", "5 estimate", "3 estimate");
    }

    @Test
    void theCountsAPlanIsMadeOfAreNoRecordsButCountsOfResultsAre() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Năm 2027, tỉnh triển khai kế hoạch với 04 trọng tâm, thực hiện 30 chỉ tiêu; 60 nhóm giải pháp và 120 nhiệm vụ cụ thể.
                Có 02 chỉ tiêu chủ yếu và 03 chỉ tiêu thành phần không đạt kế hoạch; thu ngân sách đạt 5.000 tỷ đồng.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("2", "3", "5000");
    }

    @Test
    void anAmountWrittenInBillionsAndMillionsIsOneFigure() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Thu ngân sách phường ước đạt 12 tỷ 300 triệu đồng, đạt 104% kế hoạch; chi thường xuyên 700 triệu đồng.
                """);
        assertThat(found)
                .extracting(s ->
                        s.value().stripTrailingZeros().toPlainString() + " " + s.unit() + " " + plain(s.pctOfPlan()))
                .containsExactly("12 tỷ đồng 104", "700 triệu đồng -");
    }

    @Test
    void aReportedGrowthPerYearWithoutItsOwnPeriodIsTheAverageOverTheSpanNamedBefore() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2030
                Đánh giá kết quả 5 năm 2026-2030, huyện có 9/12 chỉ tiêu đạt. Giá trị sản xuất ước tăng bình quân 8,2%/năm; thu ngân sách năm 2030 đạt 900 tỷ đồng.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("2026-2030", "2026-2030", "2030");
    }

    @Test
    void aPageOnTheGrossDomesticProductThatNamesNoAreaIsTheCountrys() {
        assertThat(extract("""
                        Kinh tế quý III
                        Tổng sản phẩm trong nước quý III/2027 ước tính tăng 6,2% so với cùng kỳ năm trước.
                        """)).extracting(IndicatorStatement::area).containsExactly("cả nước");
    }

    @Test
    void earlierYearsListedInBracketsAreBaselinesOfTheSamePartOfTheYear() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO 9 tháng năm 2027
                Kim ngạch xuất khẩu 9 tháng năm 2027 tăng 12% (2025 tăng 9%; 2026 tăng 10,5%).
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code() + " " + s.period())
                .containsExactly("12 actual 9T/2027", "9 baseline 9T/2025", "10.5 baseline 9T/2026");
    }

    @Test
    void aStateAsOfPartOfAMonthIsAResultOnATargetsPage() {
        List<IndicatorStatement> found = extract("""
                Huyện Tân Lạc đặt mục tiêu trồng 500 ha rừng năm 2027
                Đến trung tuần tháng 3, diện tích rừng trồng mới của huyện là 120 ha.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("500 target", "120 actual");
    }

    @Test
    void theExcessOverAPlanNamedBeforeItIsNoRecordEither() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Diện tích lúa cả năm đạt 1.530 ha, vượt kế hoạch 30 ha; trồng mới 45 ha cây ăn quả.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("1530", "45");
    }

    @Test
    void theWholeYearOfAPlansNameIsNoPeriod() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO 6 tháng năm 2027
                Thu ngân sách 6 tháng đầu năm 2027 đạt 48% dự toán cả năm, trong đó thu từ thuế đạt 51%.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("6T/2027", "6T/2027");
    }

    @Test
    void theEndsOfASpreadOverTimeAreNoRecords() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Kim ngạch xuất khẩu tăng 14% (mười năm qua chỉ dao động từ 6,5% đến 9%); giá lúa dao động 7 - 8 nghìn đồng/kg.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("14");
    }

    @Test
    void aProvinceOfThreeWordsIsOneNameNotItsLastWord() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO của tỉnh Phú Yên năm 2023
                Thu ngân sách tăng 9%; Thừa Thiên Huế (7,5%), Huế 6,1%.
                """);
        assertThat(found)
                .extracting(IndicatorStatement::area)
                .containsExactly("tỉnh Phú Yên", "tỉnh Thừa Thiên Huế", "thành phố Huế");
    }

    @Test
    void aCongressPagesTermDatesItsListWhoseItemsKeepTheirOwnYears() {
        List<IndicatorStatement> found = extract("""
                Đại hội Đảng bộ phường Hòa Lợi lần thứ II, nhiệm kỳ 2026-2031
                Đại hội thống nhất các chỉ tiêu như sau: tổng thu ngân sách đến năm 2031 đạt 300 tỷ đồng; tỷ lệ hộ có nước sạch đạt 98%; mỗi năm trồng mới 40 ha rừng.
                Phấn đấu có 5 trường đạt chuẩn quốc gia.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("300 target 2031", "98 target 2026-2031", "40 target 2026-2031", "5 target 2026-2031");
        List<IndicatorStatement> months = extract("""
                BÁO CÁO năm 2027
                Trong đó: ngành dệt may 8 tháng tăng 11%; chế biến gỗ tăng 6%.
                """);
        assertThat(months).extracting(IndicatorStatement::period).containsExactly("8T/2027", "8T/2027");
    }

    @Test
    void aYearSoFarInAMonthsReportIsTheMonthsUpToThatMonth() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO tháng 7 năm 2027
                Doanh thu bán lẻ tháng 7/2027 tăng 4,2%; lũy kế năm 2027 tăng 8,6% so với cùng kỳ.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("T7/2027", "7T/2027");
    }

    @Test
    void quartersSpeltWithIAndPartsOfAMonthWithoutTheirYearAreRead() {
        List<IndicatorStatement> found = extract("""
                Tình hình kinh tế năm 2027
                Giá trị sản xuất quí III tăng 5,4%. Đến giữa tháng 4, toàn huyện đã gieo cấy 2.100 ha lúa.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("Q3/2027", "T4/2027");
    }

    @Test
    void figuresAsOfTheTimeNamedInTheSentenceBeforeKeepThatDay() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Tính đến ngày 20/9/2027, đã tiêm 3.400 liều vắc xin. Số ca mắc đến cùng thời điểm nói trên là 12 ca; năm 2027 dự kiến tiêm 5.000 liều.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("2027-09-20", "2027-09-20", "2027");
    }

    @Test
    void anAverageReportedAParagraphAfterItsSpanIsOverThatSpan() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2030
                Theo dự thảo, so với mục tiêu bình quân 5 năm 2026-2030, có 6/9 chỉ tiêu đạt.
                Về kinh tế, giá trị sản xuất ước tăng bình quân 9,1%/năm; thu ngân sách năm 2030 ước đạt 700 tỷ đồng.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("2026-2030", "2026-2030", "2030");
    }

    @Test
    void aDistrictOrProvinceOpeningItsClauseIsItsFiguresAreaButNotOneInsideABodysName() {
        List<IndicatorStatement> found = extract("""
                Kinh tế - xã hội 6 tháng năm 2027 của cả nước
                Sáu tháng, vốn FDI tăng 7%; riêng tỉnh Hưng Yên thu hút 900 triệu USD, TP. Đà Nẵng tăng 12%.
                Ban quản lý tỉnh Hưng Yên đã cấp 40 giấy phép; Quận 5 có 15 chợ.
                """);
        assertThat(found)
                .extracting(IndicatorStatement::area)
                .containsExactly("cả nước", "tỉnh Hưng Yên", "thành phố Đà Nẵng", "cả nước", "quận 5");
    }

    @Test
    void aCityWrittenTpOrItsInitialsInTheHeaderIsTheDocumentsArea() {
        assertThat(extract("""
                        Chi cục Thống kê TP.HCM: quý I/2027
                        Tổng mức bán lẻ quý I/2027 tăng 9,5%.
                        """)).extracting(IndicatorStatement::area).containsExactly("thành phố Hồ Chí Minh");
        assertThat(extract("""
                        UBND QUẬN LIÊN CHIỂU
                        BÁO CÁO năm 2027
                        Thu ngân sách đạt 820 tỷ đồng; phường Hòa Minh có 40 hộ nghèo; phường Hòa Khánh Bắc có 35 hộ nghèo.
                        """))
                .extracting(IndicatorStatement::area)
                .containsExactly("quận Liên Chiểu", "phường Hòa Minh", "phường Hòa Khánh Bắc");
    }

    @Test
    void aPageOnAConferenceAssigningTheYearsTargetsOrACouncilAdoptingItsPlanReadsTargets() {
        List<IndicatorStatement> found = extract("""
                Sáng 20/12, UBND thị xã Kỳ Anh tổ chức hội nghị giao chỉ tiêu kế hoạch và dự toán ngân sách năm 2028.
                Theo đó, giá trị sản xuất thủy sản đạt 1.240 tỷ đồng; tỷ lệ hộ nghèo còn 2,5%.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("1240 target", "2.5 target");
        List<IndicatorStatement> adopted = extract("""
                HĐND tỉnh thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2028
                Tổng vốn đầu tư toàn xã hội đạt 95.000 tỷ đồng.
                """);
        assertThat(valuesAndKinds(adopted)).containsExactly("95000 target");
    }

    @Test
    void aForecastForTheRunningYearIsAnEstimate() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Ngân hàng Thế giới dự báo kinh tế toàn cầu năm 2027 tăng 2,6%.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("2.6 estimate");
    }

    @Test
    void aParagraphOpeningWithTrongDoBreaksDownTheLastFigureOfTheOneBefore() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO 6 tháng năm 2027
                Giá trị sản xuất 6 tháng năm 2027 ước đạt 4.100 tỷ đồng.
                Trong đó, nông nghiệp đạt 1.300 tỷ đồng; dịch vụ đạt 2.000 tỷ đồng.
                Số doanh nghiệp thành lập mới là 85 doanh nghiệp.
                """);
        assertThat(valuesAndKinds(found))
                .containsExactly("4100 estimate", "1300 estimate", "2000 estimate", "85 actual");
    }

    @Test
    void aLeadInEndsAtTheNextSiblingOfTheItemThatOpenedIt() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO 9 tháng năm 2027
                - Tổng dư nợ ước thực hiện đến 30/9/2027 là 9.800 tỷ đồng, cụ thể như sau:
                + Dư nợ ngắn hạn là 4.100 tỷ đồng.
                - Nợ xấu đến 30/9/2027 là 120 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("9800 estimate", "4100 estimate", "120 actual");
    }

    @Test
    void aClauseOpeningWithItsBaseCarriesTheChangeOfTheLevelBefore() {
        IndicatorStatement deposits = only("""
                BÁO CÁO 9 tháng năm 2027
                Vốn huy động đến 30/9/2027 là 12.500 tỷ đồng; so với 31/12/2026 tăng 900 tỷ đồng (+7,8%).
                """);
        assertThat(plain(deposits.changeAbs()) + " " + plain(deposits.changePct()))
                .isEqualTo("900 7.8");
    }

    @Test
    void figuresABracketGivesForTheSameTimeAYearBeforeAreBaselines() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO 6 tháng năm 2027
                Cơ cấu kinh tế 6 tháng năm 2027: nông nghiệp chiếm 18,2%; dịch vụ chiếm 45,5% (số liệu tương ứng của cùng kỳ năm 2026 lần lượt là 19,4%; 44,1%).
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly(
                        "18.2 actual 6T/2027", "45.5 actual 6T/2027", "19.4 baseline 6T/2026", "44.1 baseline 6T/2026");
    }

    @Test
    void aBareRatioAfterEachPartOfAComparisonWithTheYearBeforeIsItsChange() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Diện tích gieo trồng đạt 9.200 ha, bằng 101,5% so với cùng kỳ; trong đó lúa 6.100 ha, bằng 98,5%; rau 1.400 ha, bằng 110%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + plain(s.changePct()))
                .containsExactly("9200 1.5", "6100 -1.5", "1400 10");
    }

    @Test
    void aMonthWithoutItsYearIsThatMonthAndUpToTheEndOfItTheMonthsSoFar() {
        List<IndicatorStatement> found = extract("""
                Ngày 24/8, UBND tỉnh Hòa Bình khóa XVII, nhiệm kỳ 2021 – 2026, họp thường kỳ năm 2027.
                Đến tháng 8, toàn tỉnh thu hoạch 3.200 ha ngô; đến hết tháng 8, giải ngân 1.150 tỷ đồng.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("T8/2027", "8T/2027");
    }

    @Test
    void aPageNamingNoAreaIsTheCountrysAndASessionHearingAYearsResultsReportsThatYear() {
        assertThat(extract("""
                        Sáng 4/4, kết luận phiên họp thường kỳ tháng 3, Thủ tướng yêu cầu đẩy mạnh giải ngân.
                        Thu ngân sách 3 tháng năm 2027 đạt 31% dự toán.
                        """)).extracting(IndicatorStatement::area).containsExactly("cả nước");
        List<IndicatorStatement> session = extract("""
                Kỳ họp thứ 9 HĐND xã Tân Lập
                Ngày 5/1, HĐND xã Tân Lập tổ chức kỳ họp thứ 9.
                Ảnh: đại biểu dự kỳ họp.
                Chủ tọa điều hành kỳ họp.
                Các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2027, phương hướng năm 2028. Theo đó, thu ngân sách đạt 12 tỷ đồng.
                """);
        assertThat(session).extracting(IndicatorStatement::period).containsExactly("2027");
    }

    @Test
    void aRangeWrittenWithWordsIsOneRecordAndAContributionInPointsIsPercent() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Giá các mặt hàng thiết yếu tăng từ 2,1% đến 3,4% so với cùng kỳ; ngành xây dựng đóng góp 0,85 điểm vào mức tăng chung.
                """);
        assertThat(found)
                .extracting(s ->
                        s.value().stripTrailingZeros().toPlainString() + " " + plain(s.valueMax()) + " " + s.unit())
                .containsExactly("2.1 3.4 %", "0.85 - %");
    }

    @Test
    void aBracketInsideAnItemOfABreakdownDoesNotEndIt() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Giá trị tăng thêm ước năm 2027 đạt 9.000 tỷ đồng, trong đó: nông nghiệp đạt 2.000 tỷ đồng; công nghiệp đạt 3.000 tỷ đồng (riêng khai khoáng giảm 2%); dịch vụ đạt 4.000 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found))
                .containsExactly("9000 estimate", "2000 estimate", "3000 estimate", "2 estimate", "4000 estimate");
    }

    @Test
    void howASessionVotedAndTheBaseOfARatePerHeadAreNoRecords() {
        List<IndicatorStatement> found = extract("""
                HĐND tỉnh thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2028, với 52 đại biểu tán thành, đạt 96,3%.
                Dự kỳ họp có lãnh đạo các sở và 40 đại biểu đại diện cho hơn 2.000 cử tri.
                Số giường bệnh trên 1 vạn dân đạt 32 giường; số bác sĩ trên 10.000 dân đạt 14 bác sĩ.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("32", "14");
    }

    @Test
    void aSecondChangeAgainstTheYearBeforeOfALevelThatHasItsGrowthIsARecordNotTheContributionsChange() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Khu vực dịch vụ đạt 9.400 tỷ đồng, tăng 8,1%, đóng góp 2,7 điểm phần trăm vào tăng trưởng, thấp hơn 0,6% so với cùng kỳ năm trước.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + plain(s.changePct()))
                .containsExactly("9400 8.1", "2.7 -", "0.6 -");
    }

    @Test
    void aPageOnTheCountrysProductNamingLeadingProvincesIsTheCountrysNotItsMostNamedProvinces() {
        List<IndicatorStatement> found = extract("""
                Những địa phương dẫn đầu tăng trưởng 6 tháng
                GDP 6 tháng năm 2027 tăng 7,1%; tỉnh Quảng Ninh và tỉnh Hải Dương dẫn đầu.
                Tỉnh Quảng Ninh có chỉ số sản xuất công nghiệp tăng 15,2%.
                """);
        assertThat(found).extracting(IndicatorStatement::area).containsExactly("cả nước", "tỉnh Quảng Ninh");
    }

    @Test
    void aCongressPagesResultsAreTheTermJustEndedWhereItSpeaksOfItElseTheStateAtTheCongress() {
        List<IndicatorStatement> found = extract("""
                Đại hội Đảng bộ xã Tân Mỹ lần thứ I, nhiệm kỳ 2030-2035
                Xã Tân Mỹ sáp nhập từ 3 xã: Cát Lâm, Cát Sơn và Cát Hanh (huyện Phù Cát cũ), có diện tích 95 km2. Hiện Đảng bộ có 28 chi bộ.
                Trong nhiệm kỳ qua, giá trị sản xuất tăng bình quân 8,4%/năm. Phấn đấu thu nhập bình quân đạt 120 triệu đồng.
                """);
        assertThat(found)
                .extracting(s -> valueKindPeriod(s) + " " + s.area())
                .containsExactly(
                        "95 actual 2030 xã Tân Mỹ",
                        "28 actual 2030 xã Tân Mỹ",
                        "8.4 actual 2025-2030 xã Tân Mỹ",
                        "120 target 2030-2035 xã Tân Mỹ");
    }

    @Test
    void aParagraphOpeningWithItsPlaceIsThatPlacesAndASummingUpConferenceReviewsItsYear() {
        List<IndicatorStatement> found = extract("""
                Các phường trung tâm bứt phá trong năm 2028
                Ảnh: quang cảnh hội nghị.
                Hội nghị tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028 của phường Bến Thành.
                Tại phường Đa Kao, thu ngân sách đạt 210 tỷ đồng. Nhờ đó, phường hỗ trợ hơn 900 hộ kinh doanh.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.period() + " " + s.area())
                .containsExactly("210 2027 phường Đa Kao", "900 2027 phường Đa Kao");
    }

    @Test
    void theShareAnXOfYMakesIsARecordButAnAmountInAnotherUnitIsNone() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Toàn huyện có 18/24 trường đạt chuẩn quốc gia, tương đương 75%; kim ngạch xuất khẩu 2,1 triệu USD, tương đương 52 tỷ đồng.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + s.unit())
                .containsExactly("18 trường", "75 %", "2.1 triệu usd");
    }

    @Test
    void aChangeAfterAPercentOfPlanWithNoLevelIsARecordOfItsOwn() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO 2 tháng năm 2027
                Thu ngân sách nhà nước đạt 18,2% dự toán, tăng 21,4% so với cùng kỳ.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " " + plain(s.pctOfPlan()) + " "
                        + plain(s.changePct()))
                .containsExactly("18.2 18.2 -", "21.4 - 21.4");
    }

    @Test
    void anAmountAssignedInDetailIsAFigureAndAForecastOnAnUndatedTargetsPageIsATarget() {
        List<IndicatorStatement> found = extract("""
                Ngày 20/12, UBND huyện Ba Tơ tổ chức hội nghị giao chỉ tiêu kế hoạch năm 2028.
                Các xã đã phân khai chi tiết 320 tỷ đồng; dự kiến vốn đầu tư công khoảng 410 tỷ đồng.
                """);
        assertThat(valuesAndKinds(found)).containsExactly("320 target", "410 target");
    }

    @Test
    void theWholeThatCountsAreTakenFromIsNoRecord() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO tháng 5 năm 2027
                Trong số 12 ngành hàng được theo dõi thì có 7 ngành tăng giá, 5 ngành giảm giá.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("7", "5");
    }

    @Test
    void aLevelAsAShareOfANamedEarlierYearIsItsChange() {
        IndicatorStatement revenue = only("""
                BÁO CÁO năm 2027
                Thu nội địa ước đạt 3.100 tỷ đồng, đạt 96% dự toán và bằng 108% so với năm 2026.
                """);
        assertThat(plain(revenue.pctOfPlan()) + " " + plain(revenue.changePct()))
                .isEqualTo("96 8");
    }

    @Test
    void theSchemesAndSolutionsACongressAdoptsAreWhatItsPlanIsMadeOf() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2027
                Hội nghị thông qua Chương trình hành động và 12 Đề án trọng tâm; xác định 4 khâu đột phá và 8 giải pháp chủ yếu.
                Tỷ lệ che phủ rừng đạt 62%.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("62");
    }

    @Test
    void aTargetGrowthPerYearDatedByItsLastYearIsOverTheTermEndingThen() {
        List<IndicatorStatement> found = extract("""
                Đại hội Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2030-2035
                Đại hội đề ra 20 chỉ tiêu, trong đó đến năm 2035 GRDP đạt 300.000 tỷ đồng, tăng trưởng trên 9%/năm.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("300000 target 2035", "9 target 2030-2035");
    }

    @Test
    void aSapoInPlaceOfTheHeadlineStillLeadsToTheYearItsConferenceSumsUp() {
        List<IndicatorStatement> found = extract("""
                Từ thu ngân sách vượt dự toán, chỉnh trang đô thị đến chuyển đổi số, các phường trung tâm đã tạo nên những điểm sáng đáng chú ý, tạo động lực để cả khu vực trung tâm thành phố tiếp tục bứt phá mạnh mẽ hơn nữa trong năm 2028.
                Hội nghị tổng kết công tác năm 2027 của phường Phú Nhuận.
                Phường đã vận động người dân hiến 2.500 m² đất mở rộng 12 tuyến hẻm.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("2027", "2027");
    }

    @Test
    void aCountOfPlacesFollowedByTheirNamesNamesThem() {
        List<IndicatorStatement> found = extract("""
                Kinh tế quý II năm 2027
                Có 40 địa phương tăng trưởng khá, 3 địa phương cao nhất là Quảng Ninh (12,1%), Hải Phòng (11,8%) và Bắc Ninh (11,2%).
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("40", "12.1", "11.8", "11.2");
    }

    @Test
    void aRevisionOfAForecastIsItsChangeNotARecord() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO năm 2027
                Quỹ Tiền tệ Quốc tế dự báo đạt 3,2%, điều chỉnh giảm 0,2 điểm phần trăm so với dự báo tháng 4.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("3.2");
    }

    @Test
    void aTitleWithDoubledSpacesStillDatesItsPageByItsMonth() {
        List<IndicatorStatement> found = extract("""
                05/11/2028 08:15:00
                Tình hình chăn nuôi trên địa bàn tháng  10 năm 2028
                Toàn tỉnh đã tiêm phòng được khoảng 41.300 liều vắc xin.
                """);
        assertThat(found).extracting(IndicatorStatement::period).containsExactly("T10/2028");
    }

    @Test
    void eachProvinceUnderItsOwnHeadingOwnsTheFiguresOfItsSection() {
        List<IndicatorStatement> found = extract("""
                Kinh tế các địa phương 6 tháng năm 2028
                Nhiều địa phương giữ đà tăng trưởng khá trong 6 tháng.
                LẠNG SƠN
                Tăng trưởng kinh tế ước đạt 8,1%, thu ngân sách đạt 3.100 tỷ đồng.
                CÀ MAU GIỮ ĐÀ TĂNG TRƯỞNG
                Kim ngạch xuất khẩu đạt 620 triệu USD.
                """);
        assertThat(found)
                .extracting(IndicatorStatement::area)
                .containsExactly("tỉnh Lạng Sơn", "tỉnh Lạng Sơn", "tỉnh Cà Mau");
    }

    @Test
    void theSameTimeOfANamedEarlierYearIsABaselineOfThatYear() {
        List<IndicatorStatement> found = extract("""
                Kinh tế 6 tháng năm 2028 của cả nước
                Chỉ số giá tiêu dùng bình quân 6 tháng năm 2028 tăng 3,2% so với cùng kỳ năm trước. Mức tăng này cao hơn cùng kỳ 2027 là 2,6% và cùng kỳ năm 2026 là 1,9%.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("3.2 actual 6T/2028", "2.6 baseline 6T/2027", "1.9 baseline 6T/2026");
    }

    @Test
    void theCountOfTargetsABodyFixedOrTheirWholeIsNoRecord() {
        List<IndicatorStatement> found = extract("""
                KẾ HOẠCH năm 2029
                Thu nhập bình quân đầu người đạt 95 triệu đồng là một trong 9 chỉ tiêu chủ yếu của năm.
                Thường trực Huyện ủy xác định 9 chỉ tiêu chủ yếu, gồm tỷ lệ che phủ rừng đạt 46%; có thêm 3 xã đạt chuẩn nông thôn mới.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .containsExactly("95", "46", "3");
    }

    @Test
    void figuresThenCalledTargetsOfTheirSentenceAreTargets() {
        List<IndicatorStatement> found = extract("""
                Tin tức ngày 10/7/2029
                Tỷ lệ hộ nghèo giảm còn dưới 3%; kim ngạch xuất khẩu trên 900 triệu USD là hai trong 8 chỉ tiêu chủ yếu của huyện năm 2029. Huyện đã trồng 40 ha rừng.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly("3 target 2029", "900 target 2029", "40 actual 2029");
    }

    @Test
    void aChangeFollowedByTheRateOfAnotherTimeIsARecordOfItsOwn() {
        List<IndicatorStatement> found = extract("""
                BÁO CÁO quý II năm 2029
                Doanh thu du lịch tăng 11,2% (cùng kỳ là 7,5%). Vốn tín dụng tăng 8,4%, cao hơn mức 6,1% của năm trước.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString())
                .contains("11.2", "7.5", "8.4");
    }

    @Test
    void whatIsRequiredAfterAColonIsATargetAndAZoneOwnsItsFigures() {
        List<IndicatorStatement> found = extract("""
                Thành phố Cần Thơ đẩy mạnh trồng cây xanh
                Khu vực Bắc Cần Thơ được giao trồng 12.000 cây với yêu cầu: năm 2028 trồng xong 5.000 cây, năm 2029 trồng xong 7.000 cây.
                """);
        assertThat(found)
                .extracting(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code() + " " + s.area())
                .containsExactly(
                        "12000 target khu vực Bắc Cần Thơ",
                        "5000 target khu vực Bắc Cần Thơ",
                        "7000 target khu vực Bắc Cần Thơ");
    }

    @Test
    void theRateOfAnotherTimeAChangeIsComparedWithIsABaselineOfThatTime() {
        List<IndicatorStatement> found = extract("""
                Kinh tế quý I năm 2029 của cả nước
                Quý I năm 2029, vốn FDI giải ngân tăng 9,4%, gần bằng mức tăng 9,8% của quý 4/2028. Doanh thu bán lẻ quý I năm 2029 tăng 7,2%, thấp hơn mức tăng 8,3% cùng kỳ.
                """);
        assertThat(found)
                .extracting(StatementExtractorTest::valueKindPeriod)
                .containsExactly(
                        "9.4 actual Q1/2029", "9.8 baseline Q4/2028", "7.2 actual Q1/2029", "8.3 baseline Q1/2028");
    }

    @Test
    void aChangeRestatedInBracketsInTheLevelsUnitIsNoRecordButAChangeWithoutALevelIs() {
        List<IndicatorStatement> found = extract("""
                Ngày 28/02/2029, Cục Thống kê tỉnh ban hành Báo cáo tình hình kinh tế - xã hội tháng 02 năm 2029.
                Tổng diện tích gieo trồng ước đạt 148.204,1 ha, tăng 0,28% (+411,1 ha) so với cùng kỳ năm trước; điện sản xuất tăng 15,4% (+9,3 triệu kWh).
                """);
        assertThat(found)
                .extracting(s -> valueKindPeriod(s) + " " + s.unit())
                .containsExactly(
                        "148204.1 estimate T2/2029 ha", "15.4 actual T2/2029 %", "9.3 actual T2/2029 triệu kwh");
    }

    /** "90 target 2025-2030": what most of these tests compare. */
    static String valueKindPeriod(IndicatorStatement s) {
        return s.value().stripTrailingZeros().toPlainString() + " " + s.kind().code() + " " + s.period();
    }

    /** Each statement's value and kind, as "12 actual". */
    private static List<String> valuesAndKinds(List<IndicatorStatement> found) {
        return found.stream()
                .map(s -> s.value().stripTrailingZeros().toPlainString() + " "
                        + s.kind().code())
                .toList();
    }

    /** A number as the labels write it, "-" for none. */
    private static String plain(BigDecimal number) {
        return number == null ? "-" : number.stripTrailingZeros().toPlainString();
    }
}

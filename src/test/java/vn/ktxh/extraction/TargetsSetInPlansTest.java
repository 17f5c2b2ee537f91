package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktxh.extraction.StatementExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a page that sets targets is told from a report, and how far its target-setting words reach. */
class TargetsSetInPlansTest {

    private static List<String> valuesKindsPeriods(String text) {
        return extract(text).stream()
                .map(StatementExtractorTest::valueKindPeriod)
                .toList();
    }

    @Test
    void aBodySettingGroupsOfTargetsListsTargetsAndItsCountsAreNoRecords() {
        assertThat(valuesKindsPeriods("""
                        HĐND tỉnh họp kỳ cuối năm
                        Về kế hoạch năm 2029, HĐND tỉnh thống nhất mục tiêu tổng quát.
                        Nghị quyết đề ra 8  nhóm chỉ tiêu về kinh tế và 12 nhóm chỉ tiêu về xã hội, cụ thể: tăng trưởng kinh tế 7,5%; thu nhập bình quân đầu người 80 triệu đồng.
                        """)).containsExactly("7.5 target 2029", "80 target 2029");
    }

    @Test
    void aParagraphOpeningWithTargetsForAYearNotBegunGoesOnListingThem() {
        assertThat(valuesKindsPeriods("""
                        HĐND xã Tân Lập họp kỳ cuối năm
                        Ngày 20/12/2028, HĐND xã Tân Lập khóa V tổ chức kỳ họp thứ 8.
                        Mục tiêu năm 2029 phấn đấu tổng giá trị sản xuất đạt 500 tỷ đồng. Trong đó nông nghiệp đạt 100 tỷ đồng, chiếm 20%; dịch vụ đạt 250 tỷ đồng, chiếm 50%. Năng suất lúa đạt 60 tạ/ha.
                        """))
                .containsExactly(
                        "500 target 2029",
                        "100 target 2029",
                        "20 target 2029",
                        "250 target 2029",
                        "50 target 2029",
                        "60 target 2029");
    }

    @Test
    void aParagraphOpeningWithTargetsDoesNotCarryThemIntoAYearAlreadyRunning() {
        assertThat(valuesKindsPeriods("""
                        HĐND xã Tân Lập họp giữa năm
                        Ngày 10/7/2029, HĐND xã Tân Lập tổ chức kỳ họp thứ 9.
                        Mục tiêu năm 2029 phấn đấu tổng giá trị sản xuất đạt 500 tỷ đồng. Năng suất lúa đạt 60 tạ/ha.
                        """)).containsExactly("500 target 2029", "60 actual 2029");
    }

    @Test
    void aParagraphAfterOneListingNextYearsTargetsGoesOnListingThemUnlessItNamesAPeriodOrAResult() {
        assertThat(valuesKindsPeriods("""
                        Kỳ họp thứ 9 HĐND huyện Tân Lập khóa V
                        Cập nhật ngày: 20/12/2028 - 10:00
                        Theo đó, năm 2029, huyện Tân Lập tiếp tục đề ra các chỉ tiêu phát triển kinh tế - xã hội, trong đó phấn đấu tổng giá trị sản xuất tăng 9% so với năm 2028.
                        Thu ngân sách nhà nước đạt 150 tỷ đồng; 96% gia đình đạt chuẩn văn hóa.
                        Năm 2028, thu ngân sách đạt 140 tỷ đồng.
                        """))
                .containsExactly("9 target 2029", "150 target 2029", "96 target 2029", "140 actual 2028");
    }

    @Test
    void aParagraphDescribingWhatTheDistrictHasAfterItsTargetsDescribesThePresent() {
        assertThat(valuesKindsPeriods("""
                        Kỳ họp thứ 9 HĐND huyện Tân Lập khóa V
                        Cập nhật ngày: 20/12/2028 - 10:00
                        Theo đó, năm 2029, huyện Tân Lập tiếp tục đề ra các chỉ tiêu phát triển kinh tế - xã hội, trong đó phấn đấu tổng giá trị sản xuất tăng 9% so với năm 2028.
                        Huyện Tân Lập có diện tích tự nhiên 112 km2, dân số 22.312 người.
                        """)).containsExactly("9 target 2029", "112 actual 2028", "22312 actual 2028");
    }

    @Test
    void anUndatedCongressPageIsWrittenAsItsTermBeginsSoFiguresForLaterYearsAreTargets() {
        assertThat(valuesKindsPeriods("""
                        Theo Nghị quyết Đại hội lần thứ II, nhiệm kỳ 2030-2035 được các đại biểu biểu quyết thông qua, Đảng bộ tỉnh thực hiện mục tiêu xây dựng hệ thống chính trị vững mạnh;
                        Xây dựng tỉnh trở thành trung tâm công nghiệp hiện đại trước năm 2035.
                        Tổng sản phẩm trên địa bàn theo giá hiện hành đến năm 2035 đạt 400 nghìn tỷ đồng. GRDP bình quân đầu người đến năm 2035 đạt 250 triệu đồng.
                        """)).containsExactly("400 target 2035", "250 target 2035");
    }

    @Test
    void anUncuedFigureForAYearAfterThePagesDateIsATarget() {
        String page = """
                Một số chỉ tiêu chủ yếu năm 2029
                Đăng ngày: DATE
                Thu nhập bình quân đầu người khoảng 94 triệu đồng/người. Kim ngạch xuất khẩu tăng 9% so với năm 2028.
                """;
        assertThat(valuesKindsPeriods(page.replace("DATE", "04/12/2028")))
                .containsExactly("94 target 2029", "9 target 2029");
        assertThat(valuesKindsPeriods(page.replace("DATE", "30/01/2030")))
                .containsExactly("94 actual 2029", "9 actual 2029");
        assertThat(valuesKindsPeriods(page.replace("DATE", "04-12-2028 08:22")))
                .as("a date written with hyphens")
                .containsExactly("94 target 2029", "9 target 2029");
    }

    @Test
    void aPagesPostedDateDatesItsFiguresForLaterYearsAsTargetsNotItsPresentState() {
        assertThat(valuesKindsPeriods("""
                        21/10/2028 - 20:10
                        Tỉnh ban hành chương trình chuyển đổi số
                        Theo chương trình, đến năm 2030 có 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.
                        """)).containsExactly("90 target 2030");
        assertThat(valuesKindsPeriods("""
                        Thứ Năm, 06/01/2028, 18:00 (GMT+7)
                        Tỉnh công bố kết quả rà soát hộ nghèo năm 2027
                        Theo đó, toàn tỉnh hiện có 8.112 hộ nghèo, tỷ lệ 1,60%.
                        """)).containsExactly("8112 actual 2027", "1.6 actual 2027");
    }

    @Test
    void anUndatedLeadOpeningWithTheTargetsIsAnExtractOfAPlan() {
        assertThat(valuesKindsPeriods("""
                        Mục tiêu của Kế hoạch đến năm 2030, tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%; tỷ lệ che phủ rừng đạt 61%.
                        Đến năm 2035, thu nhập bình quân đầu người khu vực nông thôn tăng 2 lần so với năm 2030.
                        """)).containsExactly("80 target 2030", "61 target 2030", "2 target 2035");
        assertThat(valuesKindsPeriods("""
                        Trang trại thanh long. Ảnh: N.Lân
                        Về một số chỉ tiêu chủ yếu, giai đoạn 2026 - 2030: năng suất lao động tăng bình quân 7%/năm.
                        Đến năm 2030, tỷ lệ lao động qua đào tạo đạt trên 64%.
                        """)).containsExactly("7 target 2026-2030", "64 target 2030");
        assertThat(valuesKindsPeriods("""
                        Mục tiêu năm 2029 tăng trưởng 7%, kết quả đạt được 6,5%.
                        Thu ngân sách đạt 120 tỷ đồng.
                        """))
                .as("a lead reporting results is no extract of a plan")
                .contains("120 actual 2029");
    }

    @Test
    void targetsOfNoYearPostedAfterTheYearThePageReviewsAreForTheYearPosted() {
        assertThat(valuesKindsPeriods("""
                        Huyện Tân Hiệp: Phấn đấu đạt tốc độ tăng trưởng kinh tế trên 16%
                        07/02/2028
                        Năm 2027, kinh tế của huyện có bước phát triển với tốc độ tăng trưởng đạt 15,63%; cơ cấu kinh tế chuyển dịch tích cực. Các đại biểu thống nhất giải pháp nhằm hoàn thành mục tiêu giảm tỷ lệ hộ nghèo xuống dưới 6%.
                        """)).containsExactly("16 target 2028", "15.63 actual 2027", "6 target 2028");
    }

    @Test
    void aPhotosCaptionIsNoLeadAndTheLeadUnderItApprovesAPlan() {
        assertThat(valuesKindsPeriods("""
                        Phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 huyện Tràng Định
                        Ảnh minh họa. Nguồn: Internet
                        UBND tỉnh vừa Quyết định Phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 huyện Tràng Định.
                        Thu nội địa tăng bình quân 8%/năm. Trồng rừng mới hằng năm đạt 1.200 ha.
                        """)).containsExactly("8 target 2026-2030", "1200 target 2026-2030");
    }

    @Test
    void aSentenceBreakingDownTheResolutionACouncilAdoptedListsItsTargets() {
        assertThat(valuesKindsPeriods("""
                        Huyện ủy họp hội nghị lần thứ tư
                        04/03/2026 - 11:39
                        Hội nghị đã thảo luận và thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2026 - 2030 của huyện. Trong đó, cơ cấu kinh tế với tỷ trọng là nông nghiệp chiếm 45%, dịch vụ chiếm 35%.
                        """)).containsExactly("45 target 2026-2030", "35 target 2026-2030");
    }

    @Test
    void aLeadOfWorkDoneAsTheTargetsSayIsNoPlan() {
        assertThat(valuesKindsPeriods("""
                        (Báo tỉnh): Trong tháng 02/2029, huyện tiếp tục triển khai thực hiện các nhiệm vụ theo mục tiêu kế hoạch năm 2029.
                        Đến nay, toàn huyện đã gieo trồng được 10.933ha (đạt 87,4% kế hoạch). Trong 02 tháng đầu năm, toàn huyện có thêm 03 sản phẩm OCOP được công nhận.
                        """)).containsExactly("10933 actual 2029", "3 actual 2T/2029");
    }

    @Test
    void anArticleDatedBeforeTheHorizonItsTitleLooksToDatesItsFiguresByItsOwnYear() {
        assertThat(valuesKindsPeriods("""
                        Những định hướng lớn để phát triển tỉnh từ nay đến năm 2035, tầm nhìn đến năm 2050
                        15:39, ngày 22-06-2028
                        Tỉnh có diện tích tự nhiên là 6.071km2, dân số khoảng 1,5 triệu người.
                        """)).containsExactly("6071 actual 2028", "1.5 actual 2028");
        assertThat(valuesKindsPeriods("""
                        Các chỉ tiêu chủ yếu phát triển Kinh tế - Xã hội đến năm 2030
                        Đăng ngày 12-10-2025 08:22
                        Tỷ lệ lao động qua đào tạo đạt 75%.
                        """))
                .as("a headline listing the targets to its horizon")
                .containsExactly("75 target 2030");
    }

    @Test
    void anUndatedExtractThatSpeaksOnlyOfTargetsIsAPlan() {
        assertThat(valuesKindsPeriods(HEALTH_STRATEGY)).containsExactly("98 target 2035", "76 target 2035");
    }

    @Test
    void anUndatedPageThatAlsoSpeaksOfResultsIsNoPlanForItsTargetWords() {
        assertThat(valuesKindsPeriods(HEALTH_STRATEGY + "Tỷ lệ tiêm chủng đã đạt 95%.\n"))
                .contains("76 actual 2035");
    }

    private static final String HEALTH_STRATEGY = """
            Về y tế, tiếp tục nâng cao chất lượng khám chữa bệnh, xây dựng mạng lưới y tế cơ sở vững mạnh.
            Mục tiêu đến năm 2035, tỷ lệ dân số tham gia bảo hiểm y tế đạt 98%.
            Tuổi thọ bình quân đạt 76 tuổi. Tầm nhìn đến năm 2045, phấn đấu có hệ thống y tế ngang tầm khu vực.
            """;

    @Test
    void aHeadlineListingAYearsIndicatorsIsAPlan() {
        assertThat(valuesKindsPeriods("""
                        Các chỉ tiêu kinh tế - xã hội năm 2029
                        1. Tăng trưởng kinh tế từ 7% đến 7,5%.
                        2. Tỷ lệ hộ nghèo giảm còn 2%.
                        """)).containsExactly("7 target 2029", "2 target 2029");
    }

    @Test
    void aLeadThatAssignsTargetsMakesTheWholePageAPlanButOneThatReportsDoesNot() {
        assertThat(valuesKindsPeriods("""
                        Cụ thể, UBND tỉnh giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2029 cho các sở, ban, ngành, UBND các huyện và các đơn vị trực thuộc để tổ chức triển khai thực hiện trong năm theo đúng tiến độ đã đề ra từ đầu năm, cụ thể như sau: tổng vốn đầu tư 40.000 tỷ đồng.
                        Tỷ lệ đô thị hóa đạt 35%; tỷ lệ lao động qua đào tạo đạt 65%.
                        """)).containsExactly("40000 target 2029", "35 target 2029", "65 target 2029");
        assertThat(valuesKindsPeriods("""
                        9 tháng năm 2029, trong bối cảnh còn nhiều khó khăn do thiên tai và giá cả biến động, tỉnh vẫn giữ vững mục tiêu tăng trưởng khi GRDP ước đạt 8,1%. Thu ngân sách tăng 12%.
                        Tỷ lệ giải ngân vốn đầu tư công đạt 60%.
                        """)).extracting(s -> s.split(" ")[1]).doesNotContain("target");
    }

    @Test
    void aResultDatedAfterTheDocumentIsWhatItPlans() {
        assertThat(valuesKindsPeriods("""
                        Thủ tướng Chính phủ ban hành Quyết định ngày 30.12.2028 phê duyệt Chiến lược giáo dục đến năm 2030.
                        Đến năm 2030, tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%.
                        """)).containsExactly("99.5 target 2030");
    }

    @Test
    void aDateCitedWithAnotherDocumentOrUnderATablesRowsDoesNotDateThePage() {
        assertThat(valuesKindsPeriods("""
                        Kết quả thực hiện các chỉ tiêu giai đoạn 2026 - 2029
                        Chỉ tiêu | Năm 2026 | Năm 2027
                        Tăng trưởng kinh tế (%) | 7,1 | 7,4
                        (Theo báo cáo số 12/BC-UBND ngày 05/12/2026)
                        """)).containsExactly("7.1 actual 2026", "7.4 actual 2027");
    }

    @Test
    void aLeadReportingASessionOfDaysDatesThePage() {
        assertThat(valuesKindsPeriods("""
                        HĐND xã Tân Lập thông qua nghị quyết
                        Trong 2 ngày 27-28/12/2028, HĐND xã Tân Lập tổ chức kỳ họp thứ 8 thành công tốt đẹp, với sự tham dự của đầy đủ đại biểu HĐND xã và đại diện lãnh đạo các ban, ngành, đoàn thể.
                        Năm 2029, thu nhập bình quân đạt 60 triệu đồng/người/năm.
                        """)).containsExactly("60 target 2029");
    }

    @Test
    void anEstimateNamingTheBaseOfAComparisonGivesNoKindNorPeriod() {
        assertThat(valuesKindsPeriods("""
                        Các chỉ tiêu kinh tế - xã hội năm 2029
                        1. GRDP bình quân đầu người đạt từ 90,4 triệu đồng đến 90,8 triệu đồng, tăng 10% so với ước thực hiện năm 2028.
                        2. Kim ngạch xuất khẩu 1.800 triệu USD, tăng 2% so ước thực hiện năm 2028.
                        3. Tổng chi ngân sách 12.000 tỷ đồng.
                        """))
                .containsExactly("90.4 target 2029", "1800 target 2029", "12000 target 2029");
    }

    @Test
    void aRangeMayRepeatItsUnitAndLeaveOutFrom() {
        List<IndicatorStatement> found = extract("""
                Các chỉ tiêu kinh tế - xã hội năm 2029
                Tỷ trọng công nghiệp chiếm 32,7% đến 32,9%; thu nhập bình quân đạt từ 80,4 triệu đồng đến 80,8 triệu đồng.
                """);
        assertThat(found)
                .extracting(s -> s.value().toPlainString() + "-" + s.valueMax().toPlainString() + " "
                        + s.comparator().code())
                .containsExactly("32.7-32.9 between", "80.4-80.8 between");
    }

    @Test
    void thePresentStateIsTheDocumentsYearThoughAProgrammesYearStandsBeforeIt() {
        assertThat(valuesKindsPeriods("""
                        BÁO CÁO kết quả năm 2029
                        Triển khai Đề án 06 giai đoạn 2027 - 2029, tầm nhìn đến năm 2035, đến nay đã cấp 48.651 thẻ căn cước.
                        """)).containsExactly("48651 actual 2029");
    }

    @Test
    void aNationalStrategysPageReadsItsTargetsItsEarlierLevelsAndItsCensus() {
        List<IndicatorStatement> found = extract("""
                Theo Chiến lược dân số Việt Nam đến năm 2040 được Thủ tướng phê duyệt ngày 20/11, Chính phủ đặt mục tiêu duy trì vững chắc mức sinh thay thế, giảm chênh lệch mức sinh giữa các vùng và giữa các nhóm đối tượng trên cả nước trong cả giai đoạn.
                Năm 2040 tuổi thọ bình quân đạt 77 tuổi; chiều cao nam giới đạt 1,70 m (năm 2026, chiều cao trung bình của nam là 166,1 cm và nữ 155,2 cm). Trẻ em mầm non có 99% được học 2 buổi/ngày.
                Theo kết quả tổng điều tra năm 2029, dân số là 101,2 triệu; trong đó nam 50,1 triệu.
                """);
        assertThat(found)
                .extracting(s -> valueKindPeriodUnit(s) + " " + s.area())
                .containsExactly(
                        "77 target 2040 tuổi cả nước",
                        "1.7 target 2040 m cả nước",
                        "166.1 baseline 2026 cm cả nước",
                        "155.2 baseline 2026 cm cả nước",
                        "99 target 2040 % cả nước",
                        "101.2 actual 2029 triệu người cả nước",
                        "50.1 actual 2029 triệu người cả nước");
    }

    @Test
    void anUndatedPagesTargetsForTheYearAfterItsResultsGoOnInTheirParagraph() {
        assertThat(valuesKindsPeriods("""
                        Huyện Tân Lập: kinh tế năm 2028 phát triển ổn định
                        Năm 2028, tổng giá trị sản xuất đạt 650 tỷ đồng.
                        Nhiệm vụ trọng tâm năm 2029, huyện phấn đấu thực hiện một số chỉ tiêu như: tổng giá trị sản xuất đạt 700 tỷ đồng. Diện tích trồng rừng đạt 250 ha. Tỷ lệ hộ nghèo giảm 4% trở lên.
                        """))
                .containsExactly("650 actual 2028", "700 target 2029", "250 target 2029", "4 target 2029");
    }

    @Test
    void aCongressPagesFiguresOfTheTermUnderReviewAreResults() {
        assertThat(valuesKindsPeriods("""
                        Đại hội Đảng bộ xã Tân Lập lần thứ II, nhiệm kỳ 2030-2035
                        Đại hội thông qua Nghị quyết nhiệm kỳ 2030-2035, đặt mục tiêu tổng thu ngân sách đến năm 2035 là 200 tỷ đồng.
                        Nhiệm kỳ 2025-2030, sản lượng lương thực đạt 136.000 tấn.
                        """)).containsExactly("200 target 2035", "136000 actual 2025-2030");
    }

    @Test
    void aSentenceEndingInAnEllipsisEndsBeforeTheTargetsOfTheNext() {
        assertThat(valuesKindsPeriods("""
                        Ngành nông nghiệp tổng kết năm 2028
                        Năm 2028, giá trị sản xuất tăng 3,9% so cùng kỳ… Năm 2029, ngành nông nghiệp phấn đấu giá trị sản xuất tăng 4% trở lên; tỷ lệ che phủ rừng từ 46% trở lên.
                        """)).containsExactly("3.9 actual 2028", "4 target 2029", "46 target 2029");
    }

    @Test
    void aCongressThatAgreedOnItsTargetsListsTargets() {
        assertThat(valuesKindsPeriods("""
                        Đại hội Đảng bộ tỉnh Tân Lập lần thứ II xác định phát triển nhanh và bền vững
                        Đại hội Đảng bộ tỉnh Tân Lập lần thứ II, nhiệm kỳ 2030-2035 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng và nhiệm vụ nhiệm kỳ 2030-2035.
                        GRDP bình quân đầu người đến năm 2035 là 180 triệu đồng. Tỷ lệ đô thị hóa đến năm 2035 đạt 45%.
                        """)).containsExactly("180 target 2035", "45 target 2035");
    }

    @Test
    void aLeadIssuingAProgrammeMakesAPlanAndAYearlyAverageTakesTheSpanItsSentenceNames() {
        assertThat(extract("""
                        Chính phủ hành động thực hiện quy hoạch
                        Hôm qua, Chính phủ ban hành Nghị quyết Chương trình hành động thực hiện Quy hoạch tổng thể quốc gia thời kỳ 2031 - 2040.
                        Nghị quyết nêu, tốc độ tăng trưởng GDP bình quân đạt khoảng 7,0%/năm giai đoạn 2031 - 2040. Đến năm 2040, GDP bình quân đầu người đạt khoảng 9.500 USD.
                        """))
                .extracting(TargetsSetInPlansTest::valueKindPeriodUnit)
                .containsExactly("7 target 2031-2040 %/năm", "9500 target 2040 usd");
    }

    @Test
    void aCouncilAdoptingItsInvestmentPlanSetsTargetsButWhatItHasCollectedIsAResult() {
        assertThat(valuesKindsPeriods("""
                        Xã Tân Lập thông qua kế hoạch đầu tư công hơn 16,8 tỷ đồng
                        HĐND xã Tân Lập đã thống nhất nhiều chỉ tiêu về ngân sách và đặt ra mục tiêu hoàn thành các kế hoạch trong năm 2029.
                        Dự toán thu ngân sách cả năm 2029 được thống nhất ở mức 30,2 tỷ đồng, trong đó 6 tháng đầu năm đã thu được 18,7 tỷ đồng.
                        """))
                .containsExactly("16.8 target 2029", "30.2 target 2029", "18.7 actual 6T/2029");
    }

    @Test
    void aSentenceSayingHowManyOfTheTargetsSetWereMetReviewsTheYear() {
        assertThat(valuesKindsPeriods("""
                        HĐND huyện Tân Lập họp kỳ cuối năm
                        Năm 2028, huyện Tân Lập đề ra 22 chỉ tiêu phát triển kinh tế - xã hội, trong đó thực hiện đạt và vượt 19 chỉ tiêu. Cụ thể, tổng giá trị sản xuất nông nghiệp đạt 372,4 tỷ đồng.
                        """)).containsExactly("19 actual 2028", "372.4 actual 2028");
    }

    private static String valueKindPeriodUnit(IndicatorStatement s) {
        return StatementExtractorTest.valueKindPeriod(s) + " " + s.unit();
    }
}

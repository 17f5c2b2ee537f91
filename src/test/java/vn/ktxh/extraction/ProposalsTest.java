package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Direction;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.Period;

class ProposalsTest {

    @ParameterizedTest(name = "\"{0}\" is the period {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2025       | 2025
        6T/2025    | 2025-H1
        9T/2025    | 2025-9M
        3T/2025    | 2025-Q1
        12T/2024   | 2024
        Q1/2025    | 2025-Q1
        Q4/2024    | 2024-Q4
        T10/2025   | 2025-M10
        T3/2025    | 2025-M03
        2021-2025  | 2021-2025
        2025-06-30 | 2025-H1
        2025-09-30 | 2025-9M
        2025-12-31 | 2025
        """)
    void readsTheBenchmarksPeriodsAsKtxhPeriods(String extracted, String period) {
        assertThat(Proposals.period(extracted)).contains(Period.parse(period));
    }

    @ParameterizedTest(name = "\"{0}\" has no KTXH period")
    @CsvSource({"5T/2025", "2025-06-15", "T13/2025", "cuối năm", "''"})
    void leavesToTheUserWhatKtxhDoesNotKeep(String extracted) {
        assertThat(Proposals.period(extracted)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        EQUAL    | VALUE
        AT_LEAST | AT_LEAST
        ABOVE    | MORE_THAN
        AT_MOST  | AT_MOST
        BELOW    | LESS_THAN
        MAINTAIN | MAINTAIN
        ABOUT    | VALUE
        BETWEEN  | AT_LEAST
        """)
    void turnsEachComparatorIntoATargetForm(Comparison comparator, TargetForm form) {
        assertThat(Proposals.form(comparator, null, null)).isEqualTo(form);
    }

    @Test
    void aGrowthFormOrAShareOfATotalWinsOverTheComparator() {
        assertThat(Proposals.form(Comparison.AT_LEAST, GrowthForm.ANNUAL_AVG, null))
                .isEqualTo(TargetForm.AVERAGE_ANNUAL_GROWTH);
        assertThat(Proposals.form(Comparison.EQUAL, GrowthForm.VS_BASE, null)).isEqualTo(TargetForm.GROWTH_VS_BASE);
        assertThat(Proposals.form(Comparison.EQUAL, null, new BigDecimal("72"))).isEqualTo(TargetForm.COUNT_OF_TOTAL);
        assertThat(Proposals.form(null, null, null)).isEqualTo(TargetForm.VALUE);
    }

    @Test
    void aGrowthTargetTakesItsBaseYearFromTheComparisonElseTheYearBeforeItsTerm() {
        assertThat(Proposals.basePeriod(TargetForm.GROWTH_VS_BASE, "năm 2020", Period.parse("2021-2025")))
                .isEqualTo(Period.year(2020));
        assertThat(Proposals.basePeriod(TargetForm.AVERAGE_ANNUAL_GROWTH, null, Period.parse("2026-2030")))
                .isEqualTo(Period.year(2025));
        assertThat(Proposals.basePeriod(TargetForm.VALUE, "năm 2020", Period.parse("2025")))
                .isNull();
    }

    @Test
    void aTargetStaysATargetAnEstimateIsAnEstimateAndAResultIsFinal() {
        assertThat(Use.of(Kind.TARGET)).isEqualTo(Use.TARGET);
        assertThat(Use.of(Kind.ESTIMATE).figureKind()).isEqualTo(FigureKind.ESTIMATE);
        assertThat(Use.of(Kind.ACTUAL).figureKind()).isEqualTo(FigureKind.FINAL);
        assertThat(Use.of(Kind.BASELINE).figureKind()).isEqualTo(FigureKind.FINAL);
    }

    @Test
    void convertsTyDongIntoTheIndicatorsTrieuDongAndSaysSo() {
        Proposals.InUnit converted = Proposals.inUnit(new BigDecimal("1.6"), "tỷ đồng", "triệu đồng");
        assertThat(converted.value()).isEqualByComparingTo("1600");
        assertThat(converted.unit()).isEqualTo("triệu đồng");
        assertThat(converted.note()).isEqualTo("đổi 1,6 tỷ đồng thành 1.600 triệu đồng");
        assertThat(Proposals.inUnit(new BigDecimal("2500"), "triệu đồng", "tỷ đồng")
                        .value())
                .isEqualByComparingTo("2.5");
        assertThat(Proposals.inUnit(new BigDecimal("95"), "%", "%").note()).isNull();
        assertThat(Proposals.inUnit(new BigDecimal("3"), "hợp tác xã", "người").note())
                .contains("khác đơn vị");
    }

    @Test
    void proposesTheCatalogueIndicatorOrANewOne() {
        CatalogMatcher matcher = new CatalogMatcher(List.of(
                new CatalogEntry("NS01", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng"),
                new CatalogEntry("NS04", "Tổng thu ngân sách địa phương", "triệu đồng"),
                new CatalogEntry("LD01", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%")));
        IndicatorStatement revenue =
                statement("Tổng thu ngân sách địa phương", Kind.TARGET, "2025", "1.6", "tỷ đồng", Comparison.EQUAL);
        Proposal p = Proposals.of(1, revenue, matcher.match(revenue.indicator(), revenue.unit()));
        assertThat(p.indicator()).isEqualTo("NS04");
        assertThat(p.value()).isEqualByComparingTo("1600");
        assertThat(p.unit()).isEqualTo("triệu đồng");
        assertThat(p.form()).isEqualTo(TargetForm.VALUE);
        assertThat(p.period()).isEqualTo(Period.year(2025));

        IndicatorStatement poor = statement("Tỷ lệ hộ nghèo", Kind.TARGET, "2025", "1.65", "%", Comparison.AT_MOST);
        assertThat(Proposals.of(2, poor, matcher.match(poor.indicator(), poor.unit())))
                .satisfies(q -> assertThat(q.indicator()).isEqualTo("LD01"))
                .satisfies(q -> assertThat(q.form()).isEqualTo(TargetForm.AT_MOST));

        IndicatorStatement cooperatives = statement(
                "Số hợp tác xã kiểu mới thành lập", Kind.ESTIMATE, "6T/2025", "3", "hợp tác xã", Comparison.EQUAL);
        Proposal fresh = Proposals.of(3, cooperatives, matcher.match(cooperatives.indicator(), cooperatives.unit()));
        assertThat(fresh.newIndicator()).isTrue();
        assertThat(fresh.name()).isEqualTo("Số hợp tác xã kiểu mới thành lập");
        assertThat(fresh.use()).isEqualTo(Use.ESTIMATE);
        assertThat(fresh.period()).isEqualTo(Period.parse("2025-H1"));
        assertThat(fresh.unit()).isEqualTo("hợp tác xã");
    }

    private static IndicatorStatement statement(
            String indicator, Kind kind, String period, String value, String unit, Comparison comparator) {
        return new IndicatorStatement(
                "kh.txt",
                1,
                "đạt " + value,
                "phường Tân Phong",
                indicator,
                kind,
                period,
                new BigDecimal(value),
                null,
                null,
                unit,
                comparator,
                Direction.UP,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}

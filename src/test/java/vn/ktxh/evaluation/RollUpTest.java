package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktxh.area.AreaFixture.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaFixture;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

class RollUpTest {

    private static final Period Y2024 = Period.parse("2024");

    private static Indicator indicator(String code, Aggregation aggregation) {
        boolean ratio = aggregation == Aggregation.RATIO;
        return AnIndicator.code(code)
                .ofSector("y tế dân số")
                .aggregated(aggregation)
                .ratioOf(ratio ? "POOR" : null, ratio ? HOUSEHOLDS : null)
                .build();
    }

    private static final Indicator POPULATION = indicator("POPULATION", Aggregation.SUM);
    private static final Indicator POOR = indicator("POOR", Aggregation.SUM);
    private static final Indicator HOUSEHOLD_COUNT = indicator(HOUSEHOLDS, Aggregation.SUM);
    private static final Indicator POVERTY_RATE = indicator("RATE", Aggregation.RATIO);
    private static final Indicator INCOME = indicator("INCOME", Aggregation.NONE);
    private static final Indicator LARGEST = indicator("LARGEST", Aggregation.MAX);
    private static final Indicator PEOPLE_PER_HOUSEHOLD = new Indicator(
            "PER_HOUSEHOLD",
            "Số người bình quân một hộ",
            UnitOfMeasure.of("người/hộ"),
            "y tế dân số",
            Direction.NEITHER,
            Aggregation.NONE,
            null,
            null,
            null,
            List.of(),
            "POPULATION / " + HOUSEHOLDS,
            null,
            null);
    private static final Map<String, Indicator> CATALOGUE = Stream.of(
                    POPULATION, POOR, HOUSEHOLD_COUNT, POVERTY_RATE, INCOME, LARGEST, PEOPLE_PER_HOUSEHOLD)
            .collect(Collectors.toMap(Indicator::code, Function.identity()));

    private final List<Figure> figures = new ArrayList<>();

    private RollUpTest reported(Area area, Indicator indicator, String value) {
        figures.add(new Figure(
                indicator.code(),
                area.id(),
                Y2024,
                FigureKind.FINAL,
                new BigDecimal(value),
                null,
                false,
                "t",
                Instant.EPOCH));
        return this;
    }

    private RollUp.Result rollUp(Area area, Indicator indicator) {
        return new RollUp(AreaFixture.map(), CATALOGUE, FigureTable.of(figures), Y2024).of(area, indicator);
    }

    @Test
    void aProvinceAddsUpItsCommunesThroughTheirDistrict() {
        reported(OLD_TAN_PHONG, POPULATION, "10000")
                .reported(DONG_PHONG, POPULATION, "20000")
                .reported(SAN_THANG, POPULATION, "6456");
        RollUp.Result result = rollUp(PROVINCE, POPULATION);
        assertThat(result.value()).isEqualByComparingTo("36456");
        assertThat(result.parts()).singleElement().satisfies(p -> {
            assertThat(p.area()).isEqualTo(DISTRICT);
            assertThat(p.rolledUp()).isTrue();
        });
    }

    @Test
    void aRateIsTheRatioOfTheSumsNotTheAverageOfTheRates() {
        // 5/100 = 5% and 10/400 = 2,5%: the district's rate is 15/500 = 3%, not 3,75%
        reported(OLD_TAN_PHONG, POOR, "5")
                .reported(OLD_TAN_PHONG, HOUSEHOLD_COUNT, "100")
                .reported(DONG_PHONG, POOR, "10")
                .reported(DONG_PHONG, HOUSEHOLD_COUNT, "400")
                .reported(SAN_THANG, POOR, "0")
                .reported(SAN_THANG, HOUSEHOLD_COUNT, "0");
        assertThat(rollUp(DISTRICT, POVERTY_RATE).value()).isEqualByComparingTo("3");
    }

    @Test
    void aMergedUnitsHistoryIsTheSumOfItsPredecessors() {
        reported(OLD_TAN_PHONG, POPULATION, "10000").reported(DONG_PHONG, POPULATION, "20000");
        RollUp.Result result = rollUp(NEW_TAN_PHONG, POPULATION);
        assertThat(result.value()).isEqualByComparingTo("30000");
        assertThat(result.parts()).extracting(RollUp.PartValue::area).containsExactly(OLD_TAN_PHONG, DONG_PHONG);
    }

    @Test
    void aSplitUnitsHistoryTakesItsShareWithTheIndicatorsOwnShareWhereOneIsSet() {
        reported(SAN_THANG, POPULATION, "1000")
                .reported(SAN_THANG, HOUSEHOLD_COUNT, "200")
                .reported(SAN_THANG, POOR, "30");
        assertThat(rollUp(NORTH, POPULATION).value()).isEqualByComparingTo("700");
        assertThat(rollUp(SOUTH, POPULATION).value()).isEqualByComparingTo("300");
        assertThat(rollUp(NORTH, HOUSEHOLD_COUNT).value()).isEqualByComparingTo("60");
        assertThat(rollUp(SOUTH, HOUSEHOLD_COUNT).value()).isEqualByComparingTo("140");
    }

    @Test
    void aMissingPartLeavesNoNumberAndNamesTheUnit() {
        reported(OLD_TAN_PHONG, POPULATION, "10000").reported(DONG_PHONG, POPULATION, "20000");
        RollUp.Result result = rollUp(DISTRICT, POPULATION);
        assertThat(result.value()).isNull();
        assertThat(result.missing()).containsExactly(SAN_THANG);
        assertThat(result.reason()).isEqualTo("Thiếu số liệu của 1/3 đơn vị");
    }

    @Test
    void anIndicatorThatDoesNotAddUpSaysSoInsteadOfInventingANumber() {
        reported(OLD_TAN_PHONG, INCOME, "60").reported(DONG_PHONG, INCOME, "70").reported(SAN_THANG, INCOME, "40");
        RollUp.Result result = rollUp(DISTRICT, INCOME);
        assertThat(result.value()).isNull();
        assertThat(result.reason()).contains("không tổng hợp được");
        assertThat(rollUp(NEW_TAN_PHONG, INCOME).value()).isNull();
    }

    @Test
    void theLargestIsTakenForAMaximum() {
        reported(OLD_TAN_PHONG, LARGEST, "3").reported(DONG_PHONG, LARGEST, "9").reported(SAN_THANG, LARGEST, "4");
        assertThat(rollUp(DISTRICT, LARGEST).value()).isEqualByComparingTo("9");
    }

    @Test
    void aUnitsOwnFigureIsPreferredToItsPartsWhenItIsAPart() {
        reported(DISTRICT, POPULATION, "50000").reported(OLD_TAN_PHONG, POPULATION, "1");
        assertThat(rollUp(PROVINCE, POPULATION).value()).isEqualByComparingTo("50000");
    }

    @Test
    void anIndicatorWithAFormulaIsComputedFromTheUnitsOtherFigures() {
        reported(OLD_TAN_PHONG, POPULATION, "1000")
                .reported(OLD_TAN_PHONG, HOUSEHOLD_COUNT, "250")
                .reported(DONG_PHONG, POPULATION, "2000")
                .reported(DONG_PHONG, HOUSEHOLD_COUNT, "250")
                .reported(SAN_THANG, POPULATION, "0")
                .reported(SAN_THANG, HOUSEHOLD_COUNT, "0");
        assertThat(rollUp(OLD_TAN_PHONG, PEOPLE_PER_HOUSEHOLD).value()).isEqualByComparingTo("4");
        assertThat(rollUp(DISTRICT, PEOPLE_PER_HOUSEHOLD).value()).isEqualByComparingTo("6");
        assertThat(rollUp(SAN_THANG, PEOPLE_PER_HOUSEHOLD).value()).isNull();
        assertThat(rollUp(SAN_THANG, PEOPLE_PER_HOUSEHOLD).reason()).contains("chia cho 0");
    }
}

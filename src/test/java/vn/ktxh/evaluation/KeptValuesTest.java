package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktxh.area.AreaFixture.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktxh.area.Area;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;

/**
 * The kept sums settle a value without reading the figures below the unit when each level is uniform, and
 * give the value {@link RollUp} gives from the figures; otherwise the figures are read. In 2024 the province
 * is made of the city, the city of three wards.
 */
class KeptValuesTest {

    private static final Period Y2024 = Period.parse("2024");
    private static final Indicator POPULATION = indicator("POPULATION", Aggregation.SUM, null, null);
    private static final Indicator POOR = indicator("POOR", Aggregation.SUM, null, null);
    private static final Indicator HOUSEHOLD_COUNT = indicator(HOUSEHOLDS, Aggregation.SUM, null, null);
    private static final Indicator RATE = indicator("RATE", Aggregation.RATIO, "POOR", HOUSEHOLDS);
    private static final Map<String, Indicator> CATALOGUE = Stream.of(POPULATION, POOR, HOUSEHOLD_COUNT, RATE)
            .collect(Collectors.toMap(Indicator::code, Function.identity()));
    private static final List<Area> WARDS = List.of(OLD_TAN_PHONG, DONG_PHONG, SAN_THANG);

    private final List<Figure> figures = new ArrayList<>();
    private final AtomicInteger rawReads = new AtomicInteger();

    private static Indicator indicator(String code, Aggregation aggregation, String numerator, String denominator) {
        return AnIndicator.code(code)
                .ofSector("y tế dân số")
                .aggregated(aggregation)
                .ratioOf(numerator, denominator)
                .build();
    }

    private void reported(Area area, Indicator indicator, FigureKind kind, String value) {
        figures.add(new Figure(
                indicator.code(), area.id(), Y2024, kind, new BigDecimal(value), null, false, "t", Instant.EPOCH));
    }

    /** The values of the province, given the kept sums the database would hold for these figures. */
    private KeptValues province() {
        List<KeptRollUp> kept = new ArrayList<>();
        for (Indicator i : CATALOGUE.values()) {
            for (FigureKind kind : FigureKind.values()) {
                List<BigDecimal> values = figures.stream()
                        .filter(f -> f.indicator().equals(i.code()) && f.kind() == kind)
                        .filter(f -> WARDS.stream().anyMatch(w -> w.id() == f.areaId()))
                        .map(Figure::value)
                        .toList();
                if (!values.isEmpty()) {
                    kept.add(new KeptRollUp(
                            DISTRICT.id(),
                            1,
                            Y2024,
                            i.code(),
                            kind.name(),
                            values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                            values.size(),
                            values.stream().max(BigDecimal::compareTo).orElseThrow()));
                }
            }
        }
        RollUp raw = new RollUp(map(), CATALOGUE, FigureTable.of(figures), Y2024);
        return new KeptValues(map(), CATALOGUE, PROVINCE, Y2024, FigureTable.of(List.of()), kept, () -> {
            rawReads.incrementAndGet();
            return raw;
        });
    }

    private BigDecimal fromFigures(Indicator indicator) {
        return new RollUp(map(), CATALOGUE, FigureTable.of(figures), Y2024)
                .resolve(PROVINCE, indicator)
                .map(RollUp.PartValue::value)
                .orElse(null);
    }

    private BigDecimal kept(Indicator indicator) {
        return province()
                .resolve(PROVINCE, indicator)
                .map(RollUp.PartValue::value)
                .orElse(null);
    }

    @Test
    void wardsThatAllReportedSettleTheProvinceThroughTheCityWithoutReadingTheirFigures() {
        reported(OLD_TAN_PHONG, POPULATION, FigureKind.FINAL, "10000");
        reported(DONG_PHONG, POPULATION, FigureKind.FINAL, "20000");
        reported(SAN_THANG, POPULATION, FigureKind.FINAL, "6456");
        assertThat(kept(POPULATION)).isEqualByComparingTo("36456").isEqualTo(fromFigures(POPULATION));
        assertThat(province().resolve(PROVINCE, POPULATION))
                .hasValueSatisfying(v -> assertThat(v.rolledUp()).isTrue());
        assertThat(rawReads).hasValue(0);
    }

    @Test
    void aRateIsTheRatioOfTheKeptSums() {
        reported(OLD_TAN_PHONG, POOR, FigureKind.ESTIMATE, "5");
        reported(OLD_TAN_PHONG, HOUSEHOLD_COUNT, FigureKind.ESTIMATE, "100");
        reported(DONG_PHONG, POOR, FigureKind.ESTIMATE, "10");
        reported(DONG_PHONG, HOUSEHOLD_COUNT, FigureKind.ESTIMATE, "400");
        reported(SAN_THANG, POOR, FigureKind.ESTIMATE, "0");
        reported(SAN_THANG, HOUSEHOLD_COUNT, FigureKind.ESTIMATE, "0");
        assertThat(kept(RATE)).isEqualByComparingTo("3").isEqualTo(fromFigures(RATE));
        assertThat(rawReads).hasValue(0);
    }

    @Test
    void aWardMissingLeavesNoValueWithoutReadingTheFigures() {
        reported(OLD_TAN_PHONG, POPULATION, FigureKind.FINAL, "10000");
        reported(DONG_PHONG, POPULATION, FigureKind.ESTIMATE, "20000");
        assertThat(kept(POPULATION)).isNull();
        assertThat(fromFigures(POPULATION)).isNull();
        assertThat(rawReads).hasValue(0);
    }

    @Test
    void finalAndEstimateMixedAmongTheWardsAreLeftToTheFigures() {
        reported(OLD_TAN_PHONG, POPULATION, FigureKind.FINAL, "10000");
        reported(OLD_TAN_PHONG, POPULATION, FigureKind.ESTIMATE, "9000");
        reported(DONG_PHONG, POPULATION, FigureKind.ESTIMATE, "20000");
        reported(SAN_THANG, POPULATION, FigureKind.FINAL, "6456");
        assertThat(kept(POPULATION)).isEqualByComparingTo("36456").isEqualTo(fromFigures(POPULATION));
        assertThat(rawReads).hasValue(1);
    }
}

package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.shared.Period;

/** The two questions the dashboard asks of the door beyond one evaluation: a trend, and the communes side by side. */
@IntegrationTest
class DashboardQueriesTest {

    private static final String USER = "kiểm thử bảng tổng quan";

    @Autowired
    Evaluations evaluations;

    @Autowired
    Figures figures;

    @AfterEach
    void removeWhatWasWritten() {
        figures.removeCreatedBy(USER);
    }

    @Test
    void aTrendRunsOverTheYearsUpToThePeriodWithTheCitysReportedRevenueLast() {
        var trend = evaluations.trend(Actor.system(), "105", Period.parse("2024"), "NS01", 5);
        assertThat(trend)
                .extracting(e -> e.period().toString())
                .containsExactly("2020", "2021", "2022", "2023", "2024");
        assertThat(trend.get(4).actual()).isEqualByComparingTo("122195");
        assertThat(trend.get(4).percentOfPlan().asPrinted()).isEqualByComparingTo("67.1");
        assertThat(trend.get(0).target()).isNull();
    }

    @Test
    void theCommunesOfTheProvinceAreComparedAgainstTheirOwnTargets() {
        var parts = evaluations.compareParts(Actor.system(), "12", Period.parse("2025"), "NS01");
        assertThat(parts)
                .hasSizeGreaterThan(30)
                .allSatisfy(
                        p -> assertThat(p.area().validOn(Period.parse("2025").lastDay()))
                                .isTrue());
        var tanPhong = parts.stream()
                .filter(p -> p.area().code().equals("03408"))
                .findFirst()
                .orElseThrow();
        assertThat(tanPhong.area().name()).isEqualTo("Tân Phong");
        assertThat(tanPhong.evaluation().target().value()).isEqualByComparingTo("1595.3");
        assertThat(parts.stream()
                        .filter(p -> p.area().code().equals("03388"))
                        .findFirst()
                        .orElseThrow()
                        .evaluation()
                        .target())
                .isNull();
    }

    @Test
    void aKeptTrendAndComparisonShowAFigureWrittenLater() {
        Period year = Period.parse("2026");
        assertThat(tanPhongIn2026(year)).as("trend, before").isNull();
        assertThat(tanPhongAmongTheCommunes(year))
                .as("communes side by side, before")
                .isNull();
        figures.store(
                Actor.system(),
                List.of(new FigureInput("NS01", "03408", "2026", "ESTIMATE", "1.234,5", null, null)),
                USER,
                "thử");
        assertThat(tanPhongIn2026(year)).as("trend, after the write").isEqualByComparingTo("1234.5");
        assertThat(tanPhongAmongTheCommunes(year))
                .as("communes side by side, after the write")
                .isEqualByComparingTo("1234.5");
    }

    private BigDecimal tanPhongIn2026(Period year) {
        var trend = evaluations.trend(Actor.system(), "03408", year, "NS01", 2);
        return trend.get(trend.size() - 1).actual();
    }

    private BigDecimal tanPhongAmongTheCommunes(Period year) {
        return evaluations.compareParts(Actor.system(), "12", year, "NS01").stream()
                .filter(p -> p.area().code().equals("03408"))
                .findFirst()
                .orElseThrow()
                .evaluation()
                .actual();
    }
}

package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.shared.Period;

/** The two questions the dashboard asks of the door beyond one evaluation: a trend, and the communes side by side. */
@IntegrationTest
class DashboardQueriesTest {

    @Autowired
    Evaluations evaluations;

    @Test
    void aTrendRunsOverTheYearsUpToThePeriodWithTheCitysReportedRevenueLast() {
        var trend = evaluations.trend("105", Period.parse("2024"), "NS01", 5);
        assertThat(trend).extracting(e -> e.period().toString()).containsExactly("2020", "2021", "2022", "2023", "2024");
        assertThat(trend.get(4).actual()).isEqualByComparingTo("122195");
        assertThat(trend.get(4).percentOfPlan().asPrinted()).isEqualByComparingTo("67.1");
        assertThat(trend.get(0).target()).isNull();
    }

    @Test
    void theCommunesOfTheProvinceAreComparedAgainstTheirOwnTargets() {
        var parts = evaluations.compareParts("12", Period.parse("2025"), "NS01");
        assertThat(parts).hasSizeGreaterThan(30).allSatisfy(p -> assertThat(p.area().validOn(Period.parse("2025").lastDay())).isTrue());
        var tanPhong = parts.stream().filter(p -> p.area().code().equals("03408")).findFirst().orElseThrow();
        assertThat(tanPhong.area().name()).isEqualTo("Tân Phong");
        assertThat(tanPhong.evaluation().target().value()).isEqualByComparingTo("1595.3");
        assertThat(parts.stream().filter(p -> p.area().code().equals("03388")).findFirst().orElseThrow().evaluation().target())
                .isNull();
    }
}

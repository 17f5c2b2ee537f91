package vn.ktxh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Areas;
import vn.ktxh.investment.CapitalSource;
import vn.ktxh.investment.InvestmentStatement;
import vn.ktxh.investment.Investments;
import vn.ktxh.investment.Progress;
import vn.ktxh.shared.Period;

/** The demo's capital plan of thành phố Lai Châu 2024 gives back seed 002's section on public investment (dòng 219-337). */
@IntegrationTest
class DemoInvestmentTest {

    @Autowired
    Investments investments;

    @Autowired
    Areas areas;

    private InvestmentStatement city() {
        return investments.statement(
                Actor.system(), areas.require("105", Period.year(2024), "area"), 2024, LocalDate.of(2024, 12, 31));
    }

    private static String xOfY(Progress p) {
        return p.disbursed().toPlainString() + "/" + p.plan().toPlainString() + " "
                + p.percent().orElseThrow().asPrinted().toPlainString();
    }

    @Test
    void theCitysTotalAndItsSourcesAreTheSeedsFigures() {
        InvestmentStatement s = city();
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2024, 11, 28));
        assertThat(xOfY(s.total())).isEqualTo("31548/116633 27.0");
        assertThat(s.total().estimate()).isEqualByComparingTo("74947");
        assertThat(s.sources())
                .extracting(r -> r.name() + ": " + xOfY(r.progress()))
                .containsExactly(
                        "Nguồn vốn tỉnh quản lý: 7761/20117 38.6",
                        "Nguồn vốn thành phố quản lý: 23453/95771 24.5",
                        "Nguồn vốn đầu tư thực hiện các CTMTQG: 6648/11176 59.5",
                        "Nguồn vốn năm 2023 được phép kéo dài thanh toán sang năm 2024: 334/745 44.8");
    }

    @Test
    void theProgrammesAreTheSeedsFigures() {
        InvestmentStatement s = city();
        assertThat(xOfY(s.programmesTotal())).isEqualTo("8515/24149 35.3");
        assertThat(s.programmes())
                .extracting(r -> r.source() + " " + xOfY(r.progress()))
                .containsExactly(
                        CapitalSource.ETHNIC_MINORITIES + " 6095/14226 42.8",
                        CapitalSource.POVERTY + " 39/2577 1.5",
                        CapitalSource.NEW_RURAL + " 2381/7346 32.4");
        assertThat(s.laggards())
                .as("all below the 79,2%% of ten months on 28/11")
                .hasSize(7);
    }

    @Test
    void theProvinceSeesTheCityAmongItsUnits() {
        var province = areas.require("12", Period.year(2024), "area");
        var byUnit = investments.byUnit(Actor.system(), province, 2024, LocalDate.of(2024, 12, 31));
        assertThat(byUnit.keySet()).extracting(a -> a.code()).contains("105");
        assertThat(investments
                        .statement(Actor.system(), province, 2024, LocalDate.of(2024, 12, 31))
                        .total()
                        .disbursed())
                .as("the province rolls up its units")
                .isGreaterThanOrEqualTo(city().total().disbursed());
    }
}

package vn.ktxh.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInputs;

/**
 * A refused store leaves nothing behind, not even in a transaction of its caller that goes on: the figures copied
 * before the refusal (straight into the table, or into the staging table) are undone by the store itself.
 */
@IntegrationTest
@Transactional
class RefusedStoreTest {

    private static final String AREA = "12";

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    @Autowired
    JdbcClient db;

    @Test
    void figuresOfAnApprovedReportAreUndoneAndTheNextStoreOfTheSameTransactionIsClean() {
        Period approved = Period.year(2071);
        Period open = Period.year(2072);
        store(open, "NS01", "1"); // stored already: the refused store below goes through the staging table
        store(approved, "NS01", "2");
        cycles.move(Actor.system(), AREA, approved, ReportState.Move.SUBMIT, null);
        cycles.move(Actor.system(), AREA, approved, ReportState.Move.APPROVE, null);

        for (String kind : List.of("ESTIMATE", "FINAL")) { // a new figure (straight in), then a correction (staged)
            assertThatThrownBy(() -> figures.store(
                            Actor.system(),
                            List.of(input(open, "NS01", kind, "5"), input(approved, "NS01", "ESTIMATE", "9")),
                            "kiểm thử",
                            null))
                    .hasMessageContaining("phê duyệt");
        }
        assertThat(values(open)).containsExactly(new BigDecimal("1"));

        store(open, "NS01", "3");
        assertThat(values(open)).containsExactly(new BigDecimal("3"));
        assertThat(values(approved)).containsExactly(new BigDecimal("2"));
    }

    @Test
    void aStoreWithFiguresAtFaultNamesThemAllAndWritesNone() {
        Period year = Period.year(2073);
        assertThatThrownBy(() -> figures.store(
                        Actor.system(),
                        List.of(
                                input(year, "NS01", "ESTIMATE", "1"),
                                input(year, "KHONG-CO", "ESTIMATE", "2"),
                                input(year, "NS01", "FINAL", "không phải số")),
                        "kiểm thử",
                        null))
                .isInstanceOfSatisfying(
                        RejectedInputs.class,
                        refused -> assertThat(refused.problems())
                                .extracting(p -> p.item())
                                .containsExactly(1, 2));
        assertThat(values(year)).isEmpty();
    }

    private void store(Period period, String indicator, String value) {
        figures.store(Actor.system(), List.of(input(period, indicator, "ESTIMATE", value)), "kiểm thử", null);
    }

    private static FigureInput input(Period period, String indicator, String kind, String value) {
        return new FigureInput(indicator, AREA, period.toString(), kind, value, null, null);
    }

    private List<BigDecimal> values(Period period) {
        return db.sql("select f.value from figure f join area a on a.id = f.area_id where a.code = ? and f.period = ?")
                .params(AREA, period.toString())
                .query(BigDecimal.class)
                .list();
    }
}

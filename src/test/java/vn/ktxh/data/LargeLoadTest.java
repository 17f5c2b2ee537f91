package vn.ktxh.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInputs;

/**
 * A load of several COPY statements (more than 50.000 figures each, sent from a thread of its own while the rest is read):
 * all of it or nothing is stored, whichever statement the database refuses, and the kept roll-ups stay equal to a
 * fresh recomputation.
 */
@IntegrationTest
@Transactional
class LargeLoadTest {

    private static final int FIGURES = 230_000; // several statements of the direct COPY

    @Autowired
    Figures figures;

    @Autowired
    Areas areas;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient db;

    @Test
    void aLoadOfSeveralStatementsIsStoredWholeWithItsKeptSums() {
        List<FigureInput> load = load(FIGURES, 2081);
        StreamedFigures stored = figures.storeStream(Actor.system(), FigureStream.of(load), "kiểm thử", null);

        assertThat(stored.stored()).isEqualTo(FIGURES);
        assertThat(storedSince(2081)).isEqualTo(FIGURES);
        assertThat(rollUpDifferences()).isZero();
        // each report is locked against approval while its figures are written: more reports than the server's lock
        // table holds (one lock each overflowed it: "out of shared memory")
        assertThat(db.sql("select count(distinct (area_id, period)) from figure where period >= '2081'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(db.sql(
                                "select current_setting('max_locks_per_transaction')::int * current_setting('max_connections')::int")
                        .query(Long.class)
                        .single());
    }

    @Test
    void aFigureStoredAlreadyInALaterStatementSendsTheWholeLoadThroughTheAuditedMerge() {
        List<FigureInput> load = load(FIGURES, 2081);
        FigureInput stored = load.get(FIGURES * 2 / 3);
        figures.store(Actor.system(), List.of(withValue(stored, "1")), "kiểm thử", null);

        figures.storeStream(Actor.system(), FigureStream.of(load), "kiểm thử", null);

        assertThat(storedSince(2081)).isEqualTo(FIGURES);
        assertThat(db.sql("select old_value, new_value from figure_audit where period = ? and indicator_code = ?")
                        .params(stored.period(), stored.indicator())
                        .query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                        .list())
                .containsExactly(
                        List.of(BigDecimal.ONE, new BigDecimal(stored.value().toString())));
        assertThat(rollUpDifferences()).isZero();
    }

    @Test
    void aLoadRefusedAtItsLastLineLeavesNothingOfWhatWentStraightIn() {
        List<FigureInput> load = load(FIGURES, 2081);
        long before = db.sql("select count(*) from figure").query(Long.class).single();
        FigureInput last = load.get(load.size() - 1);
        load.set(load.size() - 1, withValue(last, "không phải số"));

        assertThatThrownBy(() -> figures.storeStream(Actor.system(), FigureStream.of(load), "kiểm thử", null))
                .isInstanceOfSatisfying(
                        RejectedInputs.class,
                        refused -> assertThat(refused.problems())
                                .extracting(p -> p.item())
                                .containsExactly(FIGURES - 1));
        assertThat(db.sql("select count(*) from figure").query(Long.class).single())
                .isEqualTo(before);
        assertThat(rollUpDifferences()).isZero();

        figures.store(Actor.system(), List.of(withValue(last, "7")), "kiểm thử", null);
        assertThat(storedSince(2081)).isEqualTo(1);
    }

    /**
     * {@code count} figures of today's units, of every indicator that applies at their level and takes any value, month
     * after month.
     */
    private List<FigureInput> load(int count, int fromYear) {
        Period today = Period.year(2026);
        List<Area> units = areas.map().asOf(today.lastDay(), "");
        List<FigureInput> out = new ArrayList<>(count);
        for (int month = 0; out.size() < count; month++) {
            Period period = Period.month(fromYear + month / 12, month % 12 + 1);
            for (Area unit : units) {
                for (Indicator indicator : indicators.catalogue().values()) {
                    if (out.size() < count && applies(indicator, unit)) {
                        out.add(new FigureInput(
                                indicator.code(),
                                unit.code(),
                                period.toString(),
                                "ESTIMATE",
                                String.valueOf(out.size() % 97 + 1),
                                null,
                                null));
                    }
                }
            }
        }
        return out;
    }

    private static boolean applies(Indicator indicator, Area unit) {
        return (indicator.levels().isEmpty()
                        || indicator.levels().contains(unit.kind().level().label()))
                && indicator.minValue() == null
                && indicator.maxValue() == null;
    }

    private static FigureInput withValue(FigureInput in, String value) {
        return new FigureInput(in.indicator(), in.area(), in.period(), in.kind(), value, in.unit(), in.source());
    }

    private long storedSince(int year) {
        return db.sql("select count(*) from figure where period >= ?")
                .param(String.valueOf(year))
                .query(Long.class)
                .single();
    }

    private long rollUpDifferences() {
        return db.sql("select count(*) from figure_rollup_differences()")
                .query(Long.class)
                .single();
    }
}

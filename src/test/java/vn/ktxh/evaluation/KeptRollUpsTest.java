package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.shared.Period;

/**
 * The roll-ups the database keeps as figures are written equal a fresh recomputation from the figures,
 * whatever happened: writes through the module and through SQL, corrections up and down (a group's max
 * lowered), deletions, units reorganised (lineage events ending old units), reports approved and reopened.
 * Rolled back at the end, so the shared demo database is left as it was.
 */
@IntegrationTest
@Transactional
class KeptRollUpsTest {

    private static final List<String> INDICATORS = List.of("NS01", "KT02", "GD02", "GD03");
    private static final List<String> PERIODS = List.of("2024", "2025-M03", "2025-M09", "2025", "2026-Q1");

    @Autowired
    JdbcClient db;

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    @Autowired
    KeptRollUpCheck check;

    private final Random random = new Random(15);

    @Test
    void keptRollUpsEqualAFreshRecomputationAfterARandomSequenceOfChanges() {
        List<Long> units = db.sql(
                        "select id from area a where not exists (select 1 from area c where c.parent_id = a.id) order by id")
                .query(Long.class)
                .list();
        assertThat(units).hasSizeGreaterThan(100);
        for (int step = 0; step < 400; step++) {
            switch (random.nextInt(8)) {
                case 0 -> storeThroughTheModule(units);
                case 1 -> upsertThroughSql(units);
                case 2 ->
                    db.sql(
                                    "update figure set value = value * :factor where ctid in (select ctid from figure order by random() limit 3)")
                            .param("factor", new BigDecimal(random.nextInt(3)).add(new BigDecimal("0.5")))
                            .update();
                case 3 ->
                    db.sql("delete from figure where ctid in (select ctid from figure order by random() limit 2)")
                            .update();
                case 4 ->
                    db.sql("update figure set value = value - 1 where indicator_code = ? and period = ?")
                            .params(pick(INDICATORS), pick(PERIODS))
                            .update();
                case 5 -> lowerAMaximum();
                case 6 -> reorganise(units);
                default -> approveAndTryToChange();
            }
            if (step % 50 == 49) {
                assertThat(check.run(Actor.system()).differences())
                        .as("after step %d", step)
                        .isEmpty();
            }
        }
        KeptRollUpCheck.Result result = check.run(Actor.system());
        assertThat(result.kept()).isPositive();
        assertThat(result.differences()).isEmpty();
    }

    @Test
    void theCheckReportsARollUpChangedBehindItsBack() {
        storeThroughTheModule(db.sql("select id from area where code = '03408' order by valid_from desc")
                .query(Long.class)
                .list());
        db.sql("update figure_rollup set total = total + 1 where ctid = (select ctid from figure_rollup limit 1)")
                .update();
        assertThat(check.run(Actor.system()).differences())
                .hasSize(1)
                .first()
                .asString()
                .contains("giữ")
                .contains("tính lại");
    }

    private void storeThroughTheModule(List<Long> units) {
        List<Figure> batch = random.ints(1 + random.nextInt(20), 0, units.size())
                .mapToObj(i -> new Figure(
                        pick(INDICATORS),
                        units.get(i),
                        Period.parse(pick(PERIODS)),
                        random.nextBoolean() ? FigureKind.ESTIMATE : FigureKind.FINAL,
                        value(),
                        null,
                        false,
                        null,
                        null))
                .distinct()
                .toList();
        figures.storeChecked(
                batch.stream()
                        .collect(Collectors.toMap(
                                f -> List.of(f.indicator(), f.areaId(), f.period(), f.kind()), f -> f, (a, b) -> a))
                        .values()
                        .stream()
                        .toList(),
                "kiểm thử",
                "thử");
    }

    private void upsertThroughSql(List<Long> units) {
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            db.sql("""
                    insert into figure (indicator_code, area_id, period, kind, value, recorded_by, created_by)
                    values (?, ?, ?, ?, ?, 'sql', 'sql')
                    on conflict (area_id, period, indicator_code, kind) do update set value = excluded.value
                    """)
                    .params(
                            pick(INDICATORS),
                            pick(units),
                            pick(PERIODS),
                            random.nextBoolean() ? "ESTIMATE" : "FINAL",
                            value())
                    .update();
        }
    }

    /** The largest figure of a group goes down: the group's max must come from what remains. */
    private void lowerAMaximum() {
        db.sql("""
                update figure set value = value / 10 where ctid = (
                    select f.ctid from figure f order by f.value desc, random() limit 1)
                """).update();
    }

    /** A unit ends and a new one under the same parent takes it over (a lineage event with its link). */
    private void reorganise(List<Long> units) {
        long old = pick(units);
        LocalDate day = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1);
        Long parent = db.sql("select parent_id from area where id = ?")
                .param(old)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (parent == null
                || !db.sql("select valid_to is null and valid_from < ? from area where id = ?")
                        .params(day, old)
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        long successor = db.sql("""
                insert into area (code, name, kind, parent_id, valid_from, name_folded)
                select code || 'N', name || ' mới', kind, parent_id, ?, name_folded from area where id = ? returning id
                """).params(day, old).query(Long.class).single();
        db.sql("update area set valid_to = ? where id = ?")
                .params(day.minusDays(1), old)
                .update();
        long event = db.sql("insert into lineage_event (kind, effective) values ('MERGE', ?) returning id")
                .param(day)
                .query(Long.class)
                .single();
        db.sql("insert into lineage_link (event_id, predecessor_id, successor_id) values (?, ?, ?)")
                .params(event, old, successor)
                .update();
        units.set(units.indexOf(old), successor);
    }

    /** An approved report refuses new figures through the module: nothing half-written, kept roll-ups unchanged. */
    private void approveAndTryToChange() {
        Period period = Period.parse(pick(List.of("2025", "2026-Q1")));
        String area = "12";
        cycles.move(Actor.system(), area, period, ReportState.Move.SUBMIT, null);
        cycles.move(Actor.system(), area, period, ReportState.Move.APPROVE, null);
        assertThatThrownBy(() -> figures.store(
                        Actor.system(),
                        List.of(new FigureInput("NS01", area, period.toString(), "ESTIMATE", value(), null, null)),
                        "kiểm thử",
                        null))
                .hasMessageContaining("phê duyệt");
        cycles.move(Actor.system(), area, period, ReportState.Move.REOPEN, "sửa số liệu");
    }

    private BigDecimal value() {
        return new BigDecimal(random.nextInt(1_000_000)).movePointLeft(random.nextInt(3));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

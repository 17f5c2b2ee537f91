package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Formula;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.Period;

/**
 * The evaluation read from the kept roll-ups equals the one worked out from every figure below the unit:
 * on the demo data, and after a fixed-seed sequence of writes, corrections and deletions (each committed,
 * so the kept evaluations are also invalidated as in use). Only cells the demo data leaves empty are
 * written, and removed at the end.
 */
@IntegrationTest
class KeptEvaluationsTest {

    private static final String USER = "kiểm thử tổng hợp giữ sẵn";

    @Autowired
    Evaluations evaluations;

    @Autowired
    Figures figures;

    @Autowired
    Indicators indicators;

    @Autowired
    Areas areas;

    @Autowired
    JdbcClient db;

    private final Random random = new Random(15);

    @AfterEach
    void removeWhatWasWritten() {
        figures.removeCreatedBy(USER);
    }

    @Test
    void equalsTheEvaluationFromEveryFigureOnTheDemoData() {
        List<List<String>> units = db.sql("""
                select distinct a.code, t.period from target t join area a on a.id = t.area_id
                where a.valid_to is null
                union select a.code, p.period from area a cross join (select distinct period from target) p
                where a.kind in ('NATION', 'PROVINCE', 'CENTRAL_CITY') and a.valid_to is null
                order by 1, 2
                """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(units).hasSizeGreaterThan(10);
        int judged = 0;
        for (List<String> unit : units) {
            judged += sameBothWays(unit.get(0), Period.parse(unit.get(1)));
        }
        assertThat(judged).as("indicators judged").isGreaterThan(100);
    }

    @Test
    void equalsTheEvaluationFromEveryFigureAfterRandomWrites() {
        List<String> chosen = db.sql("""
                select a.code, t.period from target t join area a on a.id = t.area_id
                where a.kind in ('PROVINCE', 'CENTRAL_CITY') and a.valid_to is null and t.period ~ '^\\d{4}$'
                group by a.code, t.period order by count(*) desc, 2 desc limit 1
                """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        String province = chosen.get(0);
        Period year = Period.parse(chosen.get(1));
        List<Period> periods = List.of(year, year.sameOfPreviousYear());
        List<Long> communes = db.sql("""
                select c.id from area c join area p on p.id = c.parent_id
                where p.code = ? and p.valid_to is null and c.valid_to is null order by c.id
                """).param(province).query(Long.class).list();
        long provinceId = db.sql("select id from area where code = ? and valid_to is null")
                .param(province)
                .query(Long.class)
                .single();
        List<String> indicators = db.sql("""
                select distinct t.indicator_code from target t join area a on a.id = t.area_id
                where a.code = ? and t.period = ? order by 1
                """)
                .params(province, year.toString())
                .query(String.class)
                .list();
        Set<List<Object>> taken = new HashSet<>(db.sql("select area_id, period, indicator_code, kind from figure")
                .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
        assertThat(communes).hasSizeGreaterThan(3);
        assertThat(indicators).isNotEmpty();
        String nation = db.sql("select code from area where kind = 'NATION'")
                .query(String.class)
                .single();
        int judged = 0;
        for (int step = 0; step < 40; step++) {
            String indicator = indicators.get(random.nextInt(indicators.size()));
            Period period = periods.get(random.nextInt(periods.size()));
            FigureKind kind = random.nextInt(3) == 0 ? FigureKind.FINAL : FigureKind.ESTIMATE;
            List<Long> written = switch (random.nextInt(4)) {
                case 0 -> communes; // a whole level reported: the kept sums settle it
                case 1 -> List.of(provinceId); // the province's own figure comes first
                default -> communes.subList(0, 1 + random.nextInt(communes.size()));
            };
            List<Figure> batch = new ArrayList<>();
            for (long area : written) {
                if (!taken.contains(List.<Object>of(area, period.toString(), indicator, kind.name()))) {
                    batch.add(new Figure(indicator, area, period, kind, value(), null, false, null, null));
                }
            }
            figures.storeChecked(batch, USER, "thử");
            if (step % 5 == 4) {
                db.sql("""
                        delete from figure where (area_id, period, indicator_code, kind) in (
                            select area_id, period, indicator_code, kind from figure where created_by = ?
                            order by area_id, period, indicator_code, kind offset ? limit 2)
                        """).params(USER, random.nextInt(10)).update();
                evaluationsForgetEverything();
            }
            for (String unit : List.of(province, nation)) {
                judged += sameBothWays(unit, year);
            }
            sameSideBySide(nation, province, year, indicator);
        }
        assertThat(judged).isGreaterThan(40);
    }

    /**
     * A kept evaluation is worked out again indicator by indicator: a write of what a ratio or a formula is made of
     * (not of the judged indicator itself) must still reach the judged indicator's kept result.
     */
    @Test
    void aWriteOfWhatAnIndicatorIsMadeOfReachesItsKeptEvaluation() {
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<List<String>> judged = db.sql("""
                select distinct a.code, t.period, t.indicator_code from target t join area a on a.id = t.area_id
                where a.valid_to is null order by 1, 2, 3
                """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        Set<List<Object>> taken = new HashSet<>(db.sql("select area_id, period, indicator_code, kind from figure")
                .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
        int reached = 0;
        for (List<String> row : judged) {
            Indicator indicator = catalogue.get(row.get(2));
            List<String> parts = indicator.formula() != null
                    ? List.copyOf(Formula.parse(indicator.formula()).operands())
                    : indicator.aggregation() == Aggregation.RATIO
                            ? List.of(indicator.numerator(), indicator.denominator())
                            : List.of();
            Period period = Period.parse(row.get(1));
            Area unit = areas.require(row.get(0), period, "area");
            List<Area> below = areas.map().childrenOn(unit, period.lastDay());
            boolean free = !parts.isEmpty()
                    && !below.isEmpty()
                    && below.stream()
                            .allMatch(part -> parts.stream()
                                    .noneMatch(code -> taken.contains(
                                            List.<Object>of(part.id(), period.toString(), code, "ESTIMATE"))));
            if (reached < 12 && free) {
                evaluations.evaluate(Actor.system(), unit.code(), period); // kept before the write
                BigDecimal before = actual(unit, period, indicator);
                List<Figure> written = new ArrayList<>();
                for (Area part : below) { // every unit below reports what the indicator is made of
                    for (String code : parts) {
                        Indicator made = catalogue.get(code);
                        BigDecimal value = made.maxValue() != null ? made.maxValue() : value().add(BigDecimal.ONE);
                        written.add(new Figure(
                                code, part.id(), period, FigureKind.ESTIMATE, value, null, false, null, null));
                        taken.add(List.<Object>of(part.id(), period.toString(), code, "ESTIMATE"));
                    }
                }
                figures.storeChecked(written, USER, "thử");
                if (!Objects.equals(before, actual(unit, period, indicator))) {
                    sameBothWays(unit.code(), period);
                    reached++;
                }
            }
        }
        assertThat(reached).as("writes of what a judged indicator is made of").isGreaterThan(1);
    }

    private BigDecimal actual(Area unit, Period period, Indicator indicator) {
        return evaluations.evaluateFromFigures(Actor.system(), unit.code(), period).stream()
                .filter(e -> e.indicator().equals(indicator))
                .findFirst()
                .map(e -> e.actual() == null ? null : e.actual().stripTrailingZeros())
                .orElse(null);
    }

    /** A deletion through SQL publishes nothing: the test makes the kept evaluations forget, as a restart would. */
    private void evaluationsForgetEverything() {
        evaluations.catalogueChanged(null);
    }

    private int sameBothWays(String area, Period period) {
        List<Evaluation> kept = evaluations.evaluate(Actor.system(), area, period);
        assertThat(kept)
                .as("%s %s", area, period)
                .isEqualTo(evaluations.evaluateFromFigures(Actor.system(), area, period));
        return kept.size();
    }

    /** The province among the nation's parts side by side has the value its own evaluation from every figure has. */
    private void sameSideBySide(String parent, String part, Period period, String indicator) {
        Evaluation sideBySide = evaluations.compareParts(Actor.system(), parent, period, indicator).stream()
                .filter(p -> p.area().code().equals(part))
                .findFirst()
                .orElseThrow()
                .evaluation();
        Evaluation fromFigures = evaluations.evaluateFromFigures(Actor.system(), part, period).stream()
                .filter(e -> e.indicator().code().equals(indicator))
                .findFirst()
                .orElseThrow();
        assertThat(sideBySide.actual() == null ? null : sideBySide.actual().stripTrailingZeros())
                .as("%s among %s, %s %s", part, parent, indicator, period)
                .isEqualTo(
                        fromFigures.actual() == null
                                ? null
                                : fromFigures.actual().stripTrailingZeros());
        assertThat(sideBySide.kind()).isEqualTo(fromFigures.kind());
    }

    private BigDecimal value() {
        return new BigDecimal(random.nextInt(1_000_000)).movePointLeft(random.nextInt(3));
    }
}

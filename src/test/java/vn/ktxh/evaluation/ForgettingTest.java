package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.shared.Period;

/**
 * A figure written for one commune forgets the kept evaluations of that commune and of the units above it,
 * and no other: a sibling's kept evaluation is served again as it was (the very same result).
 */
@IntegrationTest
class ForgettingTest {

    private static final String USER = "kiểm thử quên có chọn lọc";

    @Autowired
    Evaluations evaluations;

    @Autowired
    Figures figures;

    @Autowired
    JdbcClient db;

    @AfterEach
    void removeWhatWasWritten() {
        figures.removeCreatedBy(USER);
    }

    @Test
    void aWriteForgetsTheEvaluationsOfItsUnitAndTheUnitsAboveOnly() {
        // a unit without parts with targets for 2025, a sibling of it, and the units above them
        List<String> pair = db.sql("""
                select y.code, x.code, p.code from area y join area x on x.parent_id = y.parent_id and x.id <> y.id
                join area p on p.id = y.parent_id
                where y.valid_to is null and x.valid_to is null
                  and exists (select 1 from target t where t.area_id = y.id and t.period = '2025')
                  and not exists (select 1 from area c where c.parent_id in (x.id, y.id))
                order by y.code, x.code limit 1
                """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        String sibling = pair.get(0);
        String written = pair.get(1);
        String parent = pair.get(2);
        String nation = db.sql("select code from area where kind = 'NATION'")
                .query(String.class)
                .single();
        Period year = Period.parse("2025");
        List<Evaluation> siblingBefore = evaluations.evaluate(Actor.system(), sibling, year);
        List<Evaluation> parentBefore = evaluations.evaluate(Actor.system(), parent, year);
        List<Evaluation> nationBefore = evaluations.evaluate(Actor.system(), nation, year);
        assertThat(siblingBefore).isNotEmpty();
        assertThat(evaluations.evaluate(Actor.system(), sibling, year))
                .as("kept")
                .isSameAs(siblingBefore);
        assertThat(evaluations.evaluate(Actor.system(), parent, year))
                .as("kept")
                .isSameAs(parentBefore);

        String indicator = siblingBefore.get(0).indicator().code();
        figures.store(
                Actor.system(),
                List.of(new FigureInput(indicator, written, "2025-M11", "ESTIMATE", new BigDecimal("12"), null, null)),
                USER,
                null);

        assertThat(evaluations.evaluate(Actor.system(), sibling, year))
                .as("a sibling's evaluation is kept")
                .isSameAs(siblingBefore);
        assertThat(evaluations.evaluate(Actor.system(), parent, year))
                .as("the parent's is worked out again")
                .isNotSameAs(parentBefore);
        assertThat(evaluations.evaluate(Actor.system(), nation, year))
                .as("the nation's is worked out again")
                .isNotSameAs(nationBefore);
    }
}

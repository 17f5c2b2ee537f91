package vn.ktxh.data.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.IntegrationTest;

/**
 * Plans that stay fast as the years accumulate: with ten years of monthly figures of a province of 100
 * communes in the table and fresh statistics (ANALYZE), reading one period of the province and its
 * communes — what the roll-up of a province reads — goes through an index, not a scan of the whole table.
 * Rolled back at the end.
 */
@IntegrationTest
@Transactional
class FigurePlanTest {

    private static final int COMMUNES = 100;
    private static final int INDICATORS = 10;

    @Autowired
    JdbcClient db;

    @Test
    void aProvincePeriodIsReadThroughAnIndexWithTenYearsInTheTable() {
        List<Long> units = tenYearsOfAProvince();
        assertThat(plan(units))
                .as(plan(units))
                .doesNotContain("Seq Scan on figure")
                .contains("figure_pkey");
    }

    /**
     * A nation's own figures (its provinces') in a table of 8,8 million were read by a scan of the whole table once
     * its statistics changed: the plan must not depend on the costs the planner gives to reading the table. Random
     * reads made dear stand for those statistics here.
     */
    @Test
    void theLookupsStayLookupsWhenTheStatisticsFavourAScan() {
        List<Long> units = tenYearsOfAProvince();
        db.sql("set local random_page_cost = 50").update();
        String plan = plan(units);
        assertThat(plan).as(plan).doesNotContain("Seq Scan on figure").contains("figure_pkey");
    }

    private String plan(List<Long> units) {
        return String.join(
                "\n",
                db.sql("explain " + FigureRows.FIND)
                        .param("areas", units.toArray(Long[]::new))
                        .param("periods", new String[] {"2034-M06", "2033-M06"})
                        .param(
                                "indicators",
                                db.sql("select distinct indicator_code from figure where period = '2034-M06'")
                                        .query(String.class)
                                        .list()
                                        .toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** The province PLANP, its communes, and their figures of every month of 2025–2034 (120.000), analysed. */
    private List<Long> tenYearsOfAProvince() {
        long nation = db.sql("select id from area where kind = 'NATION'")
                .query(Long.class)
                .single();
        long province = db.sql("""
                insert into area (code, name, kind, parent_id, valid_from, name_folded)
                values ('PLANP', 'Tỉnh thử kế hoạch', 'PROVINCE', ?, date '2020-01-01', 'tinh thu ke hoach') returning id
                """).param(nation).query(Long.class).single();
        db.sql("""
                insert into area (code, name, kind, parent_id, valid_from, name_folded)
                select 'PLANP' || n, 'Xã ' || n, 'COMMUNE', ?, date '2020-01-01', 'xa ' || n from generate_series(1, ?) n
                """).params(province, COMMUNES).update();
        db.sql("""
                insert into figure (indicator_code, area_id, period, kind, value, recorded_by, created_by)
                select 'PLANI' || i, a.id, y || '-M' || lpad(m::text, 2, '0'), 'ESTIMATE', (a.id * i + m) % 1000, 'test', 'test'
                from area a, generate_series(1, ?) i, generate_series(2025, 2034) y, generate_series(1, 12) m
                where a.parent_id = ?
                """).params(INDICATORS, province).update();
        db.sql("analyze figure").update();
        List<Long> units = new ArrayList<>(db.sql("select id from area where parent_id = ?")
                .param(province)
                .query(Long.class)
                .list());
        units.add(province);
        return units;
    }
}

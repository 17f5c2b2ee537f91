package vn.ktxh.indicator.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

@Repository
public class IndicatorRows {

    private final JdbcClient db;

    IndicatorRows(JdbcClient db) {
        this.db = db;
    }

    public List<Indicator> all() {
        return db.sql("""
                select code, name, unit, sector, direction, aggregation, numerator_code, denominator_code,
                       ratio_scale, levels, formula, min_value, max_value
                  from indicator
                 order by code
                """).query(IndicatorRows::indicator).list();
    }

    /** A ratio may name parts inserted later in the same transaction: the foreign keys are deferred. */
    public void insert(Indicator i) {
        db.sql("""
                insert into indicator (code, name, name_folded, unit, sector, direction, aggregation, numerator_code,
                                       denominator_code, ratio_scale, levels, formula, min_value, max_value)
                values (:code, :name, :folded, :unit, :sector, :direction, :aggregation, :numerator, :denominator,
                        :scale, string_to_array(:levels, ';'), :formula, :min, :max)
                """)
                .param("code", i.code())
                .param("name", i.name())
                .param("folded", FoldedText.fold(i.name()))
                .param("unit", i.unit().name())
                .param("sector", i.sector())
                .param("direction", i.direction().name())
                .param("aggregation", i.aggregation().name())
                .param("numerator", i.numerator())
                .param("denominator", i.denominator())
                .param("scale", i.ratioScale())
                .param("levels", String.join(";", i.levels()))
                .param("formula", i.formula())
                .param("min", i.minValue())
                .param("max", i.maxValue())
                .update();
    }

    /** The periods each indicator is reported in, for the indicators that have rows (the others: every period). */
    public Map<String, Set<Period.Type>> obligations() {
        Map<String, Set<Period.Type>> out = new HashMap<>();
        db.sql("select indicator_code, period_type from reporting_obligation").query(rs -> {
            out.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Period.Type.class))
                    .add(Period.Type.valueOf(rs.getString(2)));
        });
        return out;
    }

    public void replaceObligations(String code, Set<Period.Type> types) {
        db.sql("delete from reporting_obligation where indicator_code = ?")
                .param(code)
                .update();
        types.forEach(type -> db.sql("insert into reporting_obligation values (?, ?)")
                .params(code, type.name())
                .update());
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        Array levels = rs.getArray("levels");
        return new Indicator(
                rs.getString("code"),
                rs.getString("name"),
                UnitOfMeasure.of(rs.getString("unit")),
                rs.getString("sector"),
                Direction.valueOf(rs.getString("direction")),
                Aggregation.valueOf(rs.getString("aggregation")),
                rs.getString("numerator_code"),
                rs.getString("denominator_code"),
                rs.getBigDecimal("ratio_scale"),
                levels == null ? List.of() : Arrays.asList((String[]) levels.getArray()),
                rs.getString("formula"),
                rs.getBigDecimal("min_value"),
                rs.getBigDecimal("max_value"));
    }
}

package vn.ktxh.evaluation.storage;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.evaluation.KeptRollUp;
import vn.ktxh.shared.Period;

/** The roll-ups the database keeps as figures are written (migration V87), read by index lookups. */
@Repository
public class KeptRollUpRows {

    private final JdbcClient db;

    KeptRollUpRows(JdbcClient db) {
        this.db = db;
    }

    /** The kept sums of the units directly under each of {@code ancestorIds} (depth 1). */
    public List<KeptRollUp> ofParts(
            Collection<Long> ancestorIds, Collection<Period> periods, Collection<String> indicators) {
        if (ancestorIds.isEmpty() || periods.isEmpty() || indicators.isEmpty()) {
            return List.of();
        }
        Map<String, Period> asked = new HashMap<>();
        periods.forEach(p -> asked.put(p.toString(), p));
        return db.sql("""
                select ancestor_id, depth, period, indicator_code, kind, total, contributors, maximum from figure_rollup
                where ancestor_id = any(:ids) and period = any(:periods) and indicator_code = any(:codes) and depth = 1
                """)
                .param("ids", ancestorIds.toArray(Long[]::new))
                .param("periods", periods.stream().map(Period::toString).toArray(String[]::new))
                .param("codes", indicators.toArray(String[]::new))
                .query((rs, n) -> new KeptRollUp(
                        rs.getLong(1),
                        rs.getInt(2),
                        asked.get(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7),
                        rs.getBigDecimal(8)))
                .list();
    }

    /** Rows kept differently from a fresh recomputation from the figures, as text for the report. */
    public List<String> differences() {
        return db.sql("select * from figure_rollup_differences() order by 1, 2, 3, 4, 5")
                .query((rs, n) ->
                        "đơn vị %d, cấp %d, kỳ %s, chỉ tiêu %s, %s: giữ %s (%s đơn vị, lớn nhất %s), tính lại %s (%s đơn vị, lớn nhất %s)"
                                .formatted(
                                        rs.getLong(1),
                                        rs.getInt(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        plain(rs.getBigDecimal(6)),
                                        rs.getObject(8),
                                        plain(rs.getBigDecimal(10)),
                                        plain(rs.getBigDecimal(7)),
                                        rs.getObject(9),
                                        plain(rs.getBigDecimal(11))))
                .list();
    }

    public long count() {
        return db.sql("select count(*) from figure_rollup").query(Long.class).single();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}

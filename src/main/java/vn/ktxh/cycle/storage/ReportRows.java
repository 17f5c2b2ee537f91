package vn.ktxh.cycle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportEvent;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.shared.Period;

@Repository
public class ReportRows {

    /** The state of a report and when it was last submitted (null if never). */
    public record Submission(ReportState state, Instant lastSubmittedAt) {}

    private final JdbcClient db;

    ReportRows(JdbcClient db) {
        this.db = db;
    }

    public Optional<ReportState> state(long areaId, String period) {
        return db.sql("select status from report_status where area_id = ? and period = ?")
                .params(areaId, period)
                .query((rs, n) -> ReportState.valueOf(rs.getString(1)))
                .optional();
    }

    /**
     * Takes, until the transaction ends, the lock that writers of a report's figures and the moves of the report
     * queue on (the key the figure writer uses too), shared by reports in 256 slots (V151); in one order, so that two
     * writers never wait on each other.
     */
    public void lockReports(Collection<String> keys) {
        db.sql("""
                        select pg_advisory_xact_lock(7001, slot)
                          from (select distinct report_lock_slot(k) slot from unnest(cast(? as text[])) k) r order by slot
                        """)
                .param(keys.stream().distinct().toArray(String[]::new))
                .query()
                .listOfRows();
    }

    /** The state, with the row locked until the transaction ends: two moves of one report cannot cross. */
    public Optional<ReportState> lockState(long areaId, String period) {
        db.sql(
                        "insert into report_status (area_id, period, status, changed_by) values (?, ?, 'DRAFT', 'hệ thống') on conflict do nothing")
                .params(areaId, period)
                .update();
        return db.sql("select status from report_status where area_id = ? and period = ? for update")
                .params(areaId, period)
                .query((rs, n) -> ReportState.valueOf(rs.getString(1)))
                .optional();
    }

    public void record(long areaId, String period, ReportState from, ReportState to, String by, String reason) {
        db.sql(
                        "update report_status set status = ?, changed_by = ?, changed_at = now() where area_id = ? and period = ?")
                .params(to.name(), by, areaId, period)
                .update();
        db.sql(
                        "insert into report_event (area_id, period, from_status, to_status, changed_by, reason) values (?, ?, ?, ?, ?, ?)")
                .params(areaId, period, from.name(), to.name(), by, reason)
                .update();
    }

    public List<ReportEvent> events(long areaId, String period) {
        return db.sql("select * from report_event where area_id = ? and period = ? order by id")
                .params(areaId, period)
                .query(ReportRows::event)
                .list();
    }

    public List<ReportEvent> events(Collection<Long> areaIds, Instant from, Instant to) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        "select * from report_event where area_id in (:areas) and changed_at between :from and :to order by id")
                .param("areas", areaIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(ReportRows::event)
                .list();
    }

    private static ReportEvent event(ResultSet rs, int n) throws SQLException {
        return new ReportEvent(
                rs.getLong("area_id"),
                rs.getString("period"),
                ReportState.valueOf(rs.getString("from_status")),
                ReportState.valueOf(rs.getString("to_status")),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("reason"));
    }

    /** The reports among {@code keys} that are submitted or approved, hence closed to writes, with their state. */
    public Map<Cycles.ReportKey, ReportState> closed(Collection<Cycles.ReportKey> keys) {
        Map<Cycles.ReportKey, ReportState> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<Long> areas =
                keys.stream().map(Cycles.ReportKey::areaId).distinct().toList();
        List<String> periods =
                keys.stream().map(k -> k.period().toString()).distinct().toList();
        db.sql("""
                select area_id, period, status from report_status
                 where status in ('SUBMITTED', 'APPROVED') and area_id in (:areas) and period in (:periods)
                 order by area_id, period
                """).param("areas", areas).param("periods", periods).query(rs -> {
            Cycles.ReportKey key = new Cycles.ReportKey(rs.getLong(1), Period.parse(rs.getString(2)));
            if (keys.contains(key)) {
                out.put(key, ReportState.valueOf(rs.getString(3)));
            }
        });
        return out;
    }

    public Map<Long, Submission> submissions(List<Long> areaIds, String period) {
        Map<Long, Submission> out = new HashMap<>();
        if (areaIds.isEmpty()) {
            return out;
        }
        db.sql("""
                select s.area_id, s.status,
                       (select max(e.changed_at) from report_event e
                         where e.area_id = s.area_id and e.period = s.period and e.to_status = 'SUBMITTED') as submitted_at
                  from report_status s where s.area_id in (:areas) and s.period = :period
                """).param("areas", areaIds).param("period", period).query(rs -> {
            Timestamp at = rs.getTimestamp("submitted_at");
            out.put(
                    rs.getLong("area_id"),
                    new Submission(ReportState.valueOf(rs.getString("status")), at == null ? null : at.toInstant()));
        });
        return out;
    }
}

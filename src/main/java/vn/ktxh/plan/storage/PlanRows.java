package vn.ktxh.plan.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;

@Repository
public class PlanRows {

    private static final String TARGET_COLUMNS = """
            t.id, t.plan_id, t.indicator_code, t.area_id, t.period, t.version, t.form, t.value, t.of_total,
            t.base_period, t.base_value, t.derived, t.note, t.document_number, t.document_date, t.issuer, t.recorded_by, t.recorded_at
            """;

    private final JdbcClient db;

    PlanRows(JdbcClient db) {
        this.db = db;
    }

    public Plan insertPlan(long areaId, NewPlan plan) {
        long id = db.sql("""
                insert into plan (area_id, period, title, document_number, document_date, issuer, decided_by, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        areaId,
                        plan.period().toString(),
                        plan.title(),
                        number(plan.decision()),
                        date(plan.decision()),
                        issuer(plan.decision()),
                        plan.decidedBy().name(),
                        plan.demo())
                .query(Long.class)
                .single();
        return new Plan(id, areaId, plan.period(), plan.title(), plan.decision(), plan.decidedBy());
    }

    public Optional<Plan> plan(long id) {
        return db.sql("select * from plan where id = ?")
                .param(id)
                .query(PlanRows::plan)
                .optional();
    }

    public List<Plan> plansOf(long areaId) {
        return db.sql("select * from plan where area_id = ? order by period, id")
                .param(areaId)
                .query(PlanRows::plan)
                .list();
    }

    public Target insertTarget(Plan plan, long areaId, NewTarget t, String user) {
        Decision decision = t.decision() != null ? t.decision() : plan.decision();
        TargetStatement statement = t.statement();
        long id = db.sql("""
                insert into target (plan_id, indicator_code, area_id, period, version, form, value, of_total, base_period,
                                    base_value, derived, note, document_number, document_date, issuer, recorded_by)
                select :plan, :indicator, :area, :period,
                       coalesce((select max(version) from target where plan_id = :plan and indicator_code = :indicator
                                  and area_id = :area and period = :period), 0) + 1,
                       :form, :value, :ofTotal, :basePeriod, :baseValue, :derived, :note, :number, :date, :issuer, :user
                returning id
                """)
                .param("plan", plan.id())
                .param("indicator", t.indicator())
                .param("area", areaId)
                .param("period", t.period().toString())
                .param("form", statement.form().name())
                .param("value", statement.value())
                .param("ofTotal", statement.ofTotal())
                .param(
                        "basePeriod",
                        statement.basePeriod() == null
                                ? null
                                : statement.basePeriod().toString())
                .param("baseValue", statement.baseValue())
                .param("derived", t.derived())
                .param("note", t.note())
                .param("number", number(decision))
                .param("date", date(decision))
                .param("issuer", issuer(decision))
                .param("user", user)
                .query(Long.class)
                .single();
        return db.sql("select " + TARGET_COLUMNS + " from target t where id = ?")
                .param(id)
                .query(PlanRows::target)
                .single();
    }

    /** The latest version of each (plan, indicator, area) target; ordered so that the earliest plan comes first. */
    /** As {@link #currentTargets(List, Period)}, of one indicator only when {@code indicator} is not null. */
    public List<Target> currentTargets(List<Long> areaIds, Period period, String indicator) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select distinct on (t.area_id, t.indicator_code, t.plan_id) " + TARGET_COLUMNS + """
                  from target t
                 where t.area_id in (:areas) and t.period = :period and (cast(:indicator as text) is null or t.indicator_code = :indicator)
                 order by t.area_id, t.indicator_code, t.plan_id, t.version desc
                """)
                .param("areas", areaIds)
                .param("period", period.toString())
                .param("indicator", indicator)
                .query(PlanRows::target)
                .list();
    }

    public List<Target> currentTargets(List<Long> areaIds, Period period) {
        return currentTargets(areaIds, period, null);
    }

    /** Every target version recorded for these areas between two instants, with who recorded it and when. */
    public List<Target.Recorded> recorded(Collection<Long> areaIds, Instant from, Instant to) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + TARGET_COLUMNS + """
                  from target t where t.area_id in (:areas) and t.recorded_at between :from and :to order by t.recorded_at, t.id
                """)
                .param("areas", areaIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Target.Recorded(
                        target(rs, n),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public List<Target> versions(long planId, String indicator, long areaId, Period period) {
        return db.sql("select " + TARGET_COLUMNS + """
                  from target t
                 where t.plan_id = ? and t.indicator_code = ? and t.area_id = ? and t.period = ?
                 order by t.version
                """)
                .params(planId, indicator, areaId, period.toString())
                .query(PlanRows::target)
                .list();
    }

    /** Names an indicator main in a plan, or no longer main. */
    public void markMain(long planId, String indicator, boolean main, String user) {
        db.sql("""
                insert into main_indicator (plan_id, indicator_code, main, recorded_by) values (?, ?, ?, ?)
                on conflict (plan_id, indicator_code)
                do update set main = excluded.main, recorded_by = excluded.recorded_by, recorded_at = now()
                """).params(planId, indicator, main, user).update();
    }

    /** The indicators the plans name main. */
    public Set<String> mainIndicators(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(
                db.sql("""
                select indicator_code from main_indicator where plan_id in (:plans) and main order by indicator_code
                """).param("plans", planIds).query(String.class).list());
    }

    /** Deletes the demo plans with every version of their targets; returns how many plans went. */
    public int deleteDemoPlans() {
        db.sql("delete from main_indicator where plan_id in (select id from plan where demo)")
                .update();
        db.sql("delete from target where plan_id in (select id from plan where demo)")
                .update();
        return db.sql("delete from plan where demo").update();
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(
                rs.getLong("id"),
                rs.getLong("area_id"),
                Period.parse(rs.getString("period")),
                rs.getString("title"),
                decision(rs),
                DecidedBy.valueOf(rs.getString("decided_by")));
    }

    private static Target target(ResultSet rs, int n) throws SQLException {
        String base = rs.getString("base_period");
        return new Target(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("indicator_code"),
                rs.getLong("area_id"),
                Period.parse(rs.getString("period")),
                rs.getInt("version"),
                new TargetStatement(
                        TargetForm.valueOf(rs.getString("form")),
                        rs.getBigDecimal("value"),
                        rs.getBigDecimal("of_total"),
                        base == null ? null : Period.parse(base),
                        rs.getBigDecimal("base_value")),
                rs.getBoolean("derived"),
                rs.getString("note"),
                decision(rs));
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(
                rs.getString("document_number"),
                rs.getObject("document_date", LocalDate.class),
                rs.getString("issuer"));
    }

    private static String number(Decision d) {
        return d == null ? null : d.number();
    }

    private static LocalDate date(Decision d) {
        return d == null ? null : d.date();
    }

    private static String issuer(Decision d) {
        return d == null ? null : d.issuer();
    }
}

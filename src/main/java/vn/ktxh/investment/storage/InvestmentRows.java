package vn.ktxh.investment.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.investment.CapitalChange;
import vn.ktxh.investment.CapitalLine;
import vn.ktxh.investment.CapitalSource;
import vn.ktxh.investment.Disbursed;
import vn.ktxh.investment.NewCapitalLine.NewProject;
import vn.ktxh.investment.Project;
import vn.ktxh.plan.Decision;

/** The only SQL of the module: capital plan versions, projects and disbursements, never updated in place. */
@Repository
public class InvestmentRows {

    private final JdbcClient db;

    InvestmentRows(JdbcClient db) {
        this.db = db;
    }

    public Optional<Project> project(long areaId, int year, CapitalSource source, String name) {
        return db.sql("select * from investment_project where area_id = ? and year = ? and source = ? and name = ?")
                .params(areaId, year, source.name(), name)
                .query(InvestmentRows::project)
                .optional();
    }

    public Project insertProject(long areaId, int year, CapitalSource source, NewProject p, String user, boolean demo) {
        long id = db.sql("""
                insert into investment_project (area_id, year, source, name, owner, total_investment, recorded_by, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(areaId, year, source.name(), p.name(), p.owner(), p.totalInvestment(), user, demo)
                .query(Long.class)
                .single();
        return new Project(id, areaId, year, source, p.name(), p.owner(), p.totalInvestment());
    }

    public List<Project> projects(Collection<Long> areaIds, int year) {
        return db.sql("select * from investment_project where area_id in (:areas) and year = :year order by id")
                .param("areas", areaIds)
                .param("year", year)
                .query(InvestmentRows::project)
                .list();
    }

    /** Stores {@code line} as the next version of its line (version 1 when new); returns it as stored. */
    public CapitalLine insert(CapitalLine line, boolean demo) {
        Decision decision = line.decision();
        return db.sql("""
                insert into capital_plan (area_id, year, source, project_id, name, part_of, version, amount, document_number,
                                          document_date, issuer, recorded_by, demo)
                select :area, :year, :source, :project, :name, :partOf,
                       coalesce((select max(version) from capital_plan where area_id = :area and year = :year and source = :source
                                  and coalesce(project_id, 0) = coalesce(cast(:project as bigint), 0)), 0) + 1,
                       :amount, :number, :date, :issuer, :user, :demo
                returning *
                """)
                .param("area", line.areaId())
                .param("year", line.year())
                .param("source", line.source().name())
                .param("project", line.projectId())
                .param("name", line.name())
                .param("partOf", line.partOf() == null ? null : line.partOf().name())
                .param("amount", line.amount())
                .param("number", decision.number())
                .param("date", decision.date())
                .param("issuer", decision.issuer())
                .param("user", line.recordedBy())
                .param("demo", demo)
                .query(InvestmentRows::line)
                .single();
    }

    /** The current version of every line of these units' plans for the year. */
    public List<CapitalLine> currentLines(Collection<Long> areaIds, int year) {
        return db.sql("""
                select distinct on (area_id, source, coalesce(project_id, 0)) * from capital_plan
                 where area_id in (:areas) and year = :year
                 order by area_id, source, coalesce(project_id, 0), version desc
                """).param("areas", areaIds).param("year", year).query(InvestmentRows::line).list().stream()
                .sorted(Comparator.comparing(CapitalLine::source))
                .toList();
    }

    /** Every version of one line, oldest first: the decision and its adjustments, with who recorded each and when. */
    public List<CapitalLine> versions(long areaId, int year, CapitalSource source, Long projectId) {
        return db.sql("""
                select * from capital_plan where area_id = ? and year = ? and source = ? and coalesce(project_id, 0) = ?
                 order by version
                """)
                .params(areaId, year, source.name(), projectId == null ? 0L : projectId)
                .query(InvestmentRows::line)
                .list();
    }

    /** Stores {@code d}; returns it as stored, with its id and time. */
    public Disbursed insert(Disbursed d, boolean demo) {
        return db.sql("""
                insert into disbursement (area_id, year, source, project_id, as_of, disbursed, estimate, recorded_by, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *
                """)
                .params(
                        d.areaId(),
                        d.year(),
                        d.source().name(),
                        d.projectId(),
                        d.asOf(),
                        d.disbursed(),
                        d.estimate(),
                        d.recordedBy(),
                        demo)
                .query(InvestmentRows::disbursed)
                .single();
    }

    /** Every disbursement reported for these units and year, corrections included, in the order recorded. */
    public List<Disbursed> disbursements(Collection<Long> areaIds, int year) {
        return db.sql("select * from disbursement where area_id in (:areas) and year = :year order by recorded_at, id")
                .param("areas", areaIds)
                .param("year", year)
                .query(InvestmentRows::disbursed)
                .list();
    }

    /** Every capital plan version and disbursement recorded for these units between two instants, with what it replaced. */
    public List<CapitalChange> changes(Collection<Long> areaIds, Instant from, Instant to) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        List<CapitalChange> out = new ArrayList<>(changes("""
                select * from (select c.*, lag(amount) over (partition by area_id, year, source, coalesce(project_id, 0)
                                                          order by version) as before
                                 from capital_plan c where area_id in (:areas)) v
                 where recorded_at between :from and :to
                """, areaIds, from, to, InvestmentRows::planChange));
        out.addAll(changes("""
                select * from (select d.*, lag(disbursed) over (partition by area_id, year, source, coalesce(project_id, 0), as_of
                                                             order by recorded_at, id) as before,
                                      (select p.name from investment_project p where p.id = d.project_id) as line_name
                                 from disbursement d where d.area_id in (:areas)) v
                 where recorded_at between :from and :to
                """, areaIds, from, to, InvestmentRows::disbursementChange));
        return out;
    }

    /** The changes {@code sql} finds for the units between two instants (its parameters :areas, :from and :to). */
    private List<CapitalChange> changes(
            String sql, Collection<Long> areaIds, Instant from, Instant to, RowMapper<CapitalChange> change) {
        return db.sql(sql)
                .param("areas", areaIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(change)
                .list();
    }

    /** The units (ids) with a capital plan for the year among these. */
    public List<Long> areasWithPlans(Collection<Long> areaIds, int year) {
        return db.sql("select distinct area_id from capital_plan where area_id in (:areas) and year = :year")
                .param("areas", areaIds)
                .param("year", year)
                .query(Long.class)
                .list();
    }

    public int deleteDemo() {
        db.sql("delete from disbursement where demo").update();
        db.sql("delete from capital_plan where demo").update();
        return db.sql("delete from investment_project where demo").update();
    }

    private static Project project(ResultSet rs, int n) throws SQLException {
        return new Project(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getInt("year"),
                CapitalSource.valueOf(rs.getString("source")),
                rs.getString("name"),
                rs.getString("owner"),
                rs.getBigDecimal("total_investment"));
    }

    private static CapitalLine line(ResultSet rs, int n) throws SQLException {
        String partOf = rs.getString("part_of");
        return new CapitalLine(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getInt("year"),
                CapitalSource.valueOf(rs.getString("source")),
                (Long) rs.getObject("project_id", Long.class),
                rs.getString("name"),
                partOf == null ? null : CapitalSource.valueOf(partOf),
                rs.getInt("version"),
                rs.getBigDecimal("amount"),
                new Decision(
                        rs.getString("document_number"),
                        rs.getObject("document_date", LocalDate.class),
                        rs.getString("issuer")),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Disbursed disbursed(ResultSet rs, int n) throws SQLException {
        return new Disbursed(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getInt("year"),
                CapitalSource.valueOf(rs.getString("source")),
                rs.getObject("project_id", Long.class),
                rs.getObject("as_of", LocalDate.class),
                rs.getBigDecimal("disbursed"),
                rs.getBigDecimal("estimate"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static CapitalChange planChange(ResultSet rs, int n) throws SQLException {
        return new CapitalChange(
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getInt("version") == 1
                        ? "Kế hoạch vốn — giao"
                        : "Kế hoạch vốn — điều chỉnh lần " + (rs.getInt("version") - 1),
                rs.getLong("area_id"),
                rs.getInt("year"),
                rs.getString("name"),
                rs.getBigDecimal("before"),
                rs.getBigDecimal("amount"),
                rs.getString("document_number") == null ? "" : "Văn bản " + rs.getString("document_number"));
    }

    private static CapitalChange disbursementChange(ResultSet rs, int n) throws SQLException {
        return new CapitalChange(
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getBigDecimal("before") == null ? "Giải ngân — nhập" : "Giải ngân — sửa",
                rs.getLong("area_id"),
                rs.getInt("year"),
                rs.getObject("project_id") == null
                        ? CapitalSource.valueOf(rs.getString("source")).label()
                        : rs.getString("line_name"),
                rs.getBigDecimal("before"),
                rs.getBigDecimal("disbursed"),
                "Lũy kế đến ngày "
                        + rs.getObject("as_of", LocalDate.class).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}

package vn.ktxh.task.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.shared.Period;
import vn.ktxh.task.AssigningDocument;
import vn.ktxh.task.Extension;
import vn.ktxh.task.Priority;
import vn.ktxh.task.Recurrence;
import vn.ktxh.task.Task;

/** Tasks with their cooperating agencies, indicators and extensions, read in a few queries per list. */
@Repository
public class TaskRows {

    private static final String SELECT = """
            select t.*,
                   array(select agency_id from task_cooperator c where c.task_id = t.id order by agency_id) as cooperating,
                   array(select indicator_code from task_indicator i where i.task_id = t.id order by indicator_code) as indicators
              from task t
            """;

    private final JdbcClient db;

    TaskRows(JdbcClient db) {
        this.db = db;
    }

    public long insert(Task t, String user) {
        long id = db.sql("""
                insert into task (area_id, plan_id, parent_id, section, title, content, document_number, document_date,
                                  document_issuer, lead_agency_id, start_date, due_date, recurrence, priority, source, created_by)
                values (:area, :plan, :parent, :section, :title, :content, :number, :date, :issuer, :lead, :start, :due,
                        :recurrence, :priority, :source, :user)
                returning id
                """)
                .param("area", t.areaId())
                .param("plan", t.planId())
                .param("parent", t.parentId())
                .param("section", t.section())
                .param("title", t.title())
                .param("content", t.content())
                .param("number", t.document().number())
                .param("date", t.document().date())
                .param("issuer", t.document().issuer())
                .param("lead", t.leadAgencyId())
                .param("start", t.start())
                .param("due", t.end())
                .param("recurrence", t.recurrence().name())
                .param("priority", t.priority().name())
                .param("source", t.source())
                .param("user", user)
                .query(Long.class)
                .single();
        for (Long agency : t.cooperatingAgencyIds()) {
            db.sql("insert into task_cooperator (task_id, agency_id) values (?, ?)")
                    .params(id, agency)
                    .update();
        }
        for (String code : t.indicators()) {
            db.sql("insert into task_indicator (task_id, indicator_code) values (?, ?) on conflict do nothing")
                    .params(id, code)
                    .update();
        }
        return id;
    }

    public Optional<Task> find(long id) {
        return withExtensions(db.sql(SELECT + " where t.id = ?")
                        .param(id)
                        .query(TaskRows::task)
                        .list())
                .stream()
                .findFirst();
    }

    public List<Task> ofAreas(Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return withExtensions(db.sql(SELECT + " where t.area_id in (:areas) order by t.due_date, t.id")
                .param("areas", areaIds)
                .query(TaskRows::task)
                .list());
    }

    public List<Task> ofAgencies(Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return withExtensions(db.sql(SELECT + """
                 where t.lead_agency_id in (:agencies)
                    or exists (select 1 from task_cooperator c where c.task_id = t.id and c.agency_id in (:agencies))
                 order by t.due_date, t.id
                """)
                .param("agencies", agencyIds)
                .query(TaskRows::task)
                .list());
    }

    public List<Task> all() {
        return withExtensions(db.sql(SELECT + " order by t.due_date, t.id")
                .query(TaskRows::task)
                .list());
    }

    public List<Task> children(long parentId) {
        return withExtensions(db.sql(SELECT + " where t.parent_id = ? order by t.id")
                .param(parentId)
                .query(TaskRows::task)
                .list());
    }

    public void insertExtension(
            long taskId, Period period, LocalDate oldDate, LocalDate newDate, String reason, String user) {
        db.sql("""
                insert into task_extension (task_id, period, old_date, new_date, reason, extended_by)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(taskId, period == null ? null : period.toString(), oldDate, newDate, reason, user)
                .update();
    }

    private List<Task> withExtensions(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<Long, List<Extension>> byTask = new HashMap<>();
        db.sql("select * from task_extension where task_id in (:ids) order by id")
                .param("ids", tasks.stream().map(Task::id).toList())
                .query((rs, n) -> new Extension(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        rs.getString("period") == null ? null : Period.parse(rs.getString("period")),
                        rs.getObject("old_date", LocalDate.class),
                        rs.getObject("new_date", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("extended_by"),
                        rs.getTimestamp("extended_at").toInstant()))
                .list()
                .forEach(e -> byTask.computeIfAbsent(e.taskId(), k -> new ArrayList<>())
                        .add(e));
        return tasks.stream()
                .map(t -> t.withExtensions(byTask.getOrDefault(t.id(), List.of())))
                .toList();
    }

    private static Task task(ResultSet rs, int n) throws SQLException {
        return new Task(
                rs.getLong("id"),
                rs.getLong("area_id"),
                (Long) rs.getObject("plan_id"),
                (Long) rs.getObject("parent_id"),
                rs.getString("section"),
                rs.getString("title"),
                rs.getString("content"),
                new AssigningDocument(
                        rs.getString("document_number"),
                        rs.getObject("document_date", LocalDate.class),
                        rs.getString("document_issuer")),
                rs.getLong("lead_agency_id"),
                Arrays.stream((Long[]) array(rs.getArray("cooperating"))).toList(),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                Recurrence.valueOf(rs.getString("recurrence")),
                Arrays.stream((String[]) array(rs.getArray("indicators"))).toList(),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("source"),
                List.of());
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}

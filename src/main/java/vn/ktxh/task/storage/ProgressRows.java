package vn.ktxh.task.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.shared.Period;
import vn.ktxh.task.Attachment;
import vn.ktxh.task.Progress;

/** Progress reports and their attachments (files are kept in the database, see {@code task_attachment}). */
@Repository
public class ProgressRows {

    public record File(Attachment attachment, byte[] content) {}

    private final JdbcClient db;

    ProgressRows(JdbcClient db) {
        this.db = db;
    }

    public long insert(Progress p) {
        return db.sql("""
                insert into task_progress (task_id, period, reported_on, percent, text, problems, proposals, reported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        p.taskId(),
                        p.period().toString(),
                        p.reportedOn(),
                        p.percent(),
                        p.text(),
                        p.problems(),
                        p.proposals(),
                        p.reportedBy())
                .query(Long.class)
                .single();
    }

    public long attach(long progressId, String name, String contentType, byte[] content) {
        return db.sql(
                        "insert into task_attachment (progress_id, name, content_type, size, content) values (?, ?, ?, ?, ?) returning id")
                .params(progressId, name, contentType, content.length, content)
                .query(Long.class)
                .single();
    }

    public Optional<File> file(long attachmentId) {
        return db.sql("select * from task_attachment where id = ?")
                .param(attachmentId)
                .query((rs, n) -> new File(
                        new Attachment(
                                rs.getLong("id"),
                                rs.getLong("progress_id"),
                                rs.getString("name"),
                                rs.getString("content_type"),
                                rs.getLong("size")),
                        rs.getBytes("content")))
                .optional();
    }

    /** The reports of the tasks, oldest first, by task id. */
    public Map<Long, List<Progress>> ofTasks(Collection<Long> taskIds) {
        Map<Long, List<Progress>> out = new HashMap<>();
        if (taskIds.isEmpty()) {
            return out;
        }
        Map<Long, List<Attachment>> files = new HashMap<>();
        db.sql("""
                select a.id, a.progress_id, a.name, a.content_type, a.size from task_attachment a
                  join task_progress p on p.id = a.progress_id where p.task_id in (:ids) order by a.id
                """)
                .param("ids", taskIds)
                .query((rs, n) -> new Attachment(
                        rs.getLong("id"),
                        rs.getLong("progress_id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getLong("size")))
                .list()
                .forEach(a -> files.computeIfAbsent(a.progressId(), k -> new ArrayList<>())
                        .add(a));
        db.sql("select * from task_progress where task_id in (:ids) order by reported_on, id")
                .param("ids", taskIds)
                .query((rs, n) -> new Progress(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        Period.parse(rs.getString("period")),
                        rs.getObject("reported_on", LocalDate.class),
                        rs.getInt("percent"),
                        rs.getString("text"),
                        rs.getString("problems"),
                        rs.getString("proposals"),
                        rs.getString("reported_by"),
                        files.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .forEach(p ->
                        out.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p));
        return out;
    }
}

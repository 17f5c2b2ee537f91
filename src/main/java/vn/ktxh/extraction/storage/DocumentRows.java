package vn.ktxh.extraction.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents uploaded to "Đọc văn bản", in {@code extraction_upload}; kept 30 days. */
@Repository
public class DocumentRows {

    /** An uploaded document as stored: its text as read, the area code and period it was uploaded for. */
    public record Upload(
            UUID id,
            String createdBy,
            Instant createdAt,
            String fileName,
            String areaCode,
            String period,
            String text) {}

    private final JdbcClient db;

    DocumentRows(JdbcClient db) {
        this.db = db;
    }

    public void save(Upload upload, String statementsJson) {
        db.sql("delete from extraction_upload where created_at < now() - interval '30 days'")
                .update();
        db.sql("""
                insert into extraction_upload (id, created_by, file_name, area_code, period, text, statements)
                values (:id, :user, :file, :area, :period, :text, cast(:statements as jsonb))
                """)
                .param("id", upload.id())
                .param("user", upload.createdBy())
                .param("file", upload.fileName())
                .param("area", upload.areaCode())
                .param("period", upload.period())
                .param("text", upload.text())
                .param("statements", statementsJson)
                .update();
    }

    public Optional<Upload> find(UUID id) {
        return db.sql("""
                select id, created_by, created_at, file_name, area_code, period, text from extraction_upload where id = :id
                """)
                .param("id", id)
                .query((row, n) -> new Upload(
                        row.getObject("id", UUID.class),
                        row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getString("file_name"),
                        row.getString("area_code"),
                        row.getString("period"),
                        row.getString("text")))
                .optional();
    }
}

package vn.ktxh.exchange.storage;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ktxh.exchange.Preview;

/** Uploads awaiting their commit, in {@code exchange_upload}; expiry is judged by the database clock, one for all instances. */
@Repository
public class UploadRows {

    /** Why a token cannot be committed now. */
    public record State(String createdBy, boolean committed, boolean expired) {}

    private final JdbcClient db;
    private final JsonMapper json;

    UploadRows(JdbcClient db) {
        this.db = db;
        this.json = JsonMapper.builder().build();
    }

    public void save(UUID token, String user, Preview preview, Duration keep) {
        db.sql("delete from exchange_upload where expires_at < now() - interval '7 days'")
                .update();
        db.sql("""
                insert into exchange_upload (token, created_by, expires_at, file_name, preview)
                values (:token, :user, now() + make_interval(secs => :seconds), :file, cast(:preview as jsonb))
                """)
                .param("token", token)
                .param("user", user)
                .param("seconds", keep.toSeconds())
                .param("file", preview.fileName())
                .param("preview", json.writeValueAsString(preview))
                .update();
    }

    /** The preview of a live upload of this user, marked committed in the caller's transaction; empty if it cannot be. */
    public Optional<Preview> claim(UUID token, String user) {
        return db.sql("""
                update exchange_upload set committed_at = now(), committed_by = :user
                 where token = :token and created_by = :user and committed_at is null and expires_at > now()
                returning preview::text
                """)
                .param("token", token)
                .param("user", user)
                .query((rs, n) -> json.readValue(rs.getString(1), Preview.class))
                .optional();
    }

    public void recordStored(UUID token, int stored) {
        db.sql("update exchange_upload set stored = :stored where token = :token")
                .param("stored", stored)
                .param("token", token)
                .update();
    }

    public Optional<Preview> find(UUID token) {
        return db.sql("select preview::text from exchange_upload where token = :token")
                .param("token", token)
                .query((rs, n) -> json.readValue(rs.getString(1), Preview.class))
                .optional();
    }

    public Optional<State> state(UUID token) {
        return db.sql(
                        "select created_by, committed_at is not null as committed, expires_at <= now() as expired from exchange_upload where token = :token")
                .param("token", token)
                .query((rs, n) ->
                        new State(rs.getString("created_by"), rs.getBoolean("committed"), rs.getBoolean("expired")))
                .optional();
    }
}

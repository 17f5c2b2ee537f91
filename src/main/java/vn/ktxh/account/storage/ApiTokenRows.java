package vn.ktxh.account.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.account.ApiToken;

@Repository
public class ApiTokenRows {

    private static final String COLUMNS = "id, username, purpose, created_at, last_used_at";

    private final JdbcClient db;

    ApiTokenRows(JdbcClient db) {
        this.db = db;
    }

    public ApiToken insert(String username, String purpose, byte[] secretHash) {
        return db.sql("insert into api_token (username, purpose, secret_hash) values (?, ?, ?) returning " + COLUMNS)
                .param(username)
                .param(purpose)
                .param(secretHash)
                .query(ApiTokenRows::token)
                .single();
    }

    /** The live tokens of one account, or of every account when {@code username} is null; newest first. */
    public List<ApiToken> live(String username) {
        return db.sql("select " + COLUMNS
                        + " from api_token where revoked_at is null and (cast(:username as text) is null or username = :username)"
                        + " order by created_at desc, id desc")
                .param("username", username)
                .query(ApiTokenRows::token)
                .list();
    }

    public Optional<ApiToken> live(long id) {
        return db.sql("select " + COLUMNS + " from api_token where id = ? and revoked_at is null")
                .param(id)
                .query(ApiTokenRows::token)
                .optional();
    }

    public Optional<ApiToken> liveByHash(byte[] secretHash) {
        return db.sql("select " + COLUMNS + " from api_token where secret_hash = ? and revoked_at is null")
                .param(secretHash)
                .query(ApiTokenRows::token)
                .optional();
    }

    /**
     * Records a use, at most once a minute per token: many clients on one token would otherwise queue on its row
     * for every request.
     */
    public void used(long id, Instant now) {
        db.sql(
                        "update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :before)")
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(now.minusSeconds(60)))
                .param("id", id)
                .update();
    }

    public void revoke(long id, String by, Instant now) {
        db.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .param(Timestamp.from(now))
                .param(by)
                .param(id)
                .update();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("purpose"),
                rs.getTimestamp("created_at").toInstant(),
                used == null ? null : used.toInstant());
    }
}

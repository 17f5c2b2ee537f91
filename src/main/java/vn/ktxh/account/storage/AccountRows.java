package vn.ktxh.account.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.account.Account;
import vn.ktxh.account.Role;

@Repository
public class AccountRows {

    private final JdbcClient db;

    AccountRows(JdbcClient db) {
        this.db = db;
    }

    public Optional<Account> find(String username) {
        return db.sql("select * from account where username = ?")
                .param(username)
                .query(AccountRows::account)
                .optional();
    }

    public List<Account> all() {
        return db.sql("select * from account order by username")
                .query(AccountRows::account)
                .list();
    }

    public boolean anyAdministrator() {
        return db.sql("select exists (select 1 from account where role = 'ADMINISTRATOR' and not demo)")
                .query(Boolean.class)
                .single();
    }

    public void insert(Account a) {
        db.sql("""
                insert into account (username, display_name, role, area_id, sectors, password_hash, demo, enabled)
                values (:username, :name, :role, :area, string_to_array(:sectors, ';'), :hash, :demo, :enabled)
                """)
                .param("username", a.username())
                .param("name", a.displayName())
                .param("role", a.role().name())
                .param("area", a.areaId())
                .param("sectors", String.join(";", a.sectors()))
                .param("hash", a.passwordHash())
                .param("demo", a.demo())
                .param("enabled", a.enabled())
                .update();
    }

    /**
     * Counts a sign-in attempt before its password is checked, in one statement, so that concurrent attempts each
     * get their own number: true when this one may be checked (the account is not locked and this is at most the
     * {@code limit}-th attempt since the last good one); the attempt after the limit locks the account until {@code until}.
     */
    public boolean claimAttempt(String username, int limit, Instant now, Instant until) {
        return db.sql("""
                update account set
                       failed_attempts = case when locked_until <= :now then 1 else failed_attempts + 1 end,
                       locked_until = case when locked_until > :now then locked_until
                                           when (case when locked_until <= :now then 1 else failed_attempts + 1 end) > :limit then :until
                                      end
                 where username = :username
                returning locked_until is null
                """)
                .param("limit", limit)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void recordSuccess(String username) {
        db.sql("update account set failed_attempts = 0, locked_until = null where username = ?")
                .param(username)
                .update();
    }

    /** A new password; the count of failed sign-ins and any lock go with the old one. */
    public void setPassword(String username, String hash) {
        db.sql("update account set password_hash = ?, failed_attempts = 0, locked_until = null where username = ?")
                .param(hash)
                .param(username)
                .update();
    }

    public int deleteDemo() {
        return db.sql("delete from account where demo").update();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        Array sectors = rs.getArray("sectors");
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("area_id", Long.class),
                sectors == null ? List.of() : Arrays.asList((String[]) sectors.getArray()),
                rs.getString("password_hash"),
                rs.getBoolean("demo"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }
}

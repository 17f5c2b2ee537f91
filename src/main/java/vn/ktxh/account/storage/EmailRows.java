package vn.ktxh.account.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The addresses at which accounts receive their notifications by mail. */
@Repository
public class EmailRows {

    private final JdbcClient db;

    EmailRows(JdbcClient db) {
        this.db = db;
    }

    public Optional<String> of(String username) {
        return db.sql("select email from account_email where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public List<String> of(Collection<String> usernames) {
        return usernames.isEmpty()
                ? List.of()
                : db.sql("select email from account_email where username = any(?) order by email")
                        .param(usernames.toArray(String[]::new))
                        .query(String.class)
                        .list();
    }

    public void set(String username, String email) {
        db.sql("""
                insert into account_email (username, email) values (?, ?)
                on conflict (username) do update set email = excluded.email, changed_at = now()
                """).param(username).param(email).update();
    }

    public void remove(String username) {
        db.sql("delete from account_email where username = ?").param(username).update();
    }
}

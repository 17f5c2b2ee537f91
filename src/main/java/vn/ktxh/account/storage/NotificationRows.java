package vn.ktxh.account.storage;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.account.Notification;

@Repository
public class NotificationRows {

    private final JdbcClient db;

    NotificationRows(JdbcClient db) {
        this.db = db;
    }

    public void insert(Collection<String> usernames, String text, String link) {
        for (String username : usernames) {
            db.sql("insert into notification (username, text, link) values (?, ?, ?)")
                    .param(username)
                    .param(text)
                    .param(link)
                    .update();
        }
    }

    public int unread(String username) {
        return db.sql("select count(*) from notification where username = ? and read_at is null")
                .param(username)
                .query(Integer.class)
                .single();
    }

    public List<Notification> latest(String username, int limit) {
        return db.sql(
                        "select id, username, created_at, text, link, read_at from notification where username = ? order by id desc limit ?")
                .param(username)
                .param(limit)
                .query((rs, n) -> new Notification(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("text"),
                        rs.getString("link"),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    public void markRead(String username) {
        db.sql("update notification set read_at = now() where username = ? and read_at is null")
                .param(username)
                .update();
    }
}

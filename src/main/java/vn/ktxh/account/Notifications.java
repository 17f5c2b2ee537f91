package vn.ktxh.account;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.storage.NotificationRows;

/** The door to the accounts' notifications: send to some accounts, read one's own, mark them read. */
@Service
public class Notifications {

    static final int SHOWN = 50;

    private final NotificationRows rows;
    private final Accounts accounts;

    Notifications(NotificationRows rows, Accounts accounts) {
        this.rows = rows;
        this.accounts = accounts;
    }

    @Transactional
    public void send(Collection<String> usernames, String text, String link) {
        rows.insert(usernames.stream().distinct().toList(), text, link);
    }

    /** How many the signed-in account has not read (0 when nobody is signed in). */
    public int unread() {
        String me = accounts.currentName(null);
        return me == null ? 0 : rows.unread(me);
    }

    /** The signed-in account's latest notifications, newest first. */
    public List<Notification> mine() {
        String me = accounts.currentName(null);
        return me == null ? List.of() : rows.latest(me, SHOWN);
    }

    @Transactional
    public void markMineRead() {
        String me = accounts.currentName(null);
        if (me != null) {
            rows.markRead(me);
        }
    }
}

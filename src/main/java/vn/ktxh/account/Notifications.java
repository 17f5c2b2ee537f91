package vn.ktxh.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.storage.EmailRows;
import vn.ktxh.account.storage.NotificationRows;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.RejectedInput;

/** The door to the accounts' notifications: send to some accounts, read one's own, mark them read. */
@Service
public class Notifications {

    static final int SHOWN = 50;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final NotificationRows rows;
    private final EmailRows emails;
    private final ApplicationEventPublisher events;

    Notifications(NotificationRows rows, EmailRows emails, ApplicationEventPublisher events) {
        this.rows = rows;
        this.emails = emails;
        this.events = events;
    }

    /** Into the accounts' lists, and by mail to those that gave an address (after the commit). */
    @Transactional
    public void send(Collection<String> usernames, String text, String link) {
        List<String> to = usernames.stream().distinct().toList();
        rows.insert(to, text, link);
        events.publishEvent(new NotificationSent(emails.of(to), text, link));
    }

    /** The address at which the signed-in account receives its notifications, if it gave one. */
    public Optional<String> myEmail(Actor actor) {
        String me = actor.name(null);
        return me == null ? Optional.empty() : emails.of(me);
    }

    /** Sets (or, blank, removes) the signed-in account's address; a malformed one is refused naming it. */
    @Transactional
    public void setMyEmail(Actor actor, String email) {
        String me = actor.name(null);
        if (me == null) {
            throw new AccessRefused("Cần đăng nhập");
        }
        if (email == null || email.isBlank()) {
            emails.remove(me);
            return;
        }
        String address = email.strip();
        if (!ADDRESS.matcher(address).matches()) {
            throw new RejectedInput(
                    "email", "Địa chỉ thư điện tử \"%s\" không hợp lệ (dạng ten@coquan.gov.vn)".formatted(address));
        }
        emails.set(me, address);
    }

    /** How many the signed-in account has not read (0 when nobody is signed in). */
    public int unread(Actor actor) {
        String me = actor.name(null);
        return me == null ? 0 : rows.unread(me);
    }

    /** The signed-in account's latest notifications, newest first. */
    public List<Notification> mine(Actor actor) {
        String me = actor.name(null);
        return me == null ? List.of() : rows.latest(me, SHOWN);
    }

    @Transactional
    public void markMineRead(Actor actor) {
        String me = actor.name(null);
        if (me != null) {
            rows.markRead(me);
        }
    }
}

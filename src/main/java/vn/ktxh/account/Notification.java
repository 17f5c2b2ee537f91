package vn.ktxh.account;

import java.time.Instant;

/** Thông báo: a message to one account, with the page it is about, read or not yet. */
public record Notification(long id, String username, Instant createdAt, String text, String link, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}

package vn.ktxh.account;

import java.util.List;

/** A notification given to accounts, with the addresses of those that asked for mail too. */
record NotificationSent(List<String> addresses, String text, String link) {}

package vn.ktxh.account;

import java.time.Instant;

/** Mã truy cập API as it is listed: whose, what for, since when, last used when (null: never). The secret is not here. */
public record ApiToken(long id, String username, String purpose, Instant createdAt, Instant lastUsedAt) {

    /** A token just made, with its secret: the only time the secret exists outside its owner's hands. */
    public record Issued(ApiToken token, String secret) {}
}

package vn.ktxh.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of an API token: 32 random bytes in base64url behind the prefix {@value #PREFIX} (so that a leaked one is
 * recognised in a log or a repository). It has all the entropy a password lacks, so a fast hash is enough to keep it:
 * SHA-256, looked up as is, where a password needs bcrypt's 100 ms on every request.
 */
public final class TokenSecret {

    static final String PREFIX = "ktxh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether the text could be a secret at all: anything else is refused without asking the database. */
    static boolean wellFormed(String secret) {
        return secret != null
                && secret.length() == PREFIX.length() + 43
                && secret.startsWith(PREFIX)
                && secret.chars()
                        .skip(PREFIX.length())
                        .allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}

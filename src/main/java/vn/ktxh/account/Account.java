package vn.ktxh.account;

import java.time.Instant;
import java.util.List;

/**
 * Tài khoản. {@code areaId} is the unit it works for (null: the whole system, for an administrator);
 * {@code sectors} narrow a department officer to its fields ("giáo dục", "y tế dân số"...).
 * {@code demo} accounts exist only with the demo data and are refused without it.
 */
public record Account(
        String username,
        String displayName,
        Role role,
        Long areaId,
        List<String> sectors,
        String passwordHash,
        boolean demo,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {

    public Account {
        sectors = List.copyOf(sectors);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recorded change of a unit's public investment, for the log: a version of a capital plan line (its previous
 * version's amount before it) or a disbursement figure (before it, the earlier figure for the same date it corrects).
 */
public record CapitalChange(
        Instant at,
        String by,
        String what,
        long areaId,
        int year,
        String name,
        BigDecimal before,
        BigDecimal after,
        String detail) {}

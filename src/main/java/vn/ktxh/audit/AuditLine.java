package vn.ktxh.audit;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the log: when, who, what kind of record, which unit, period and indicator, before and after, why. */
public record AuditLine(
        Instant at,
        String by,
        String record,
        String areaCode,
        String areaName,
        String period,
        String indicator,
        String indicatorName,
        BigDecimal before,
        BigDecimal after,
        String detail) {}

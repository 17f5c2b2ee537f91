package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Số giải ngân: the capital of a source (or of a project, when {@code projectId} is set) disbursed from the start of the
 * year to {@code asOf}, as reported, with the estimate for the whole year (ước cả năm) when given. A later row for the
 * same date corrects an earlier one, which stays. Before it is stored, {@code id} is 0 and {@code recordedAt} null.
 */
public record Disbursed(
        long id,
        long areaId,
        int year,
        CapitalSource source,
        Long projectId,
        LocalDate asOf,
        BigDecimal disbursed,
        BigDecimal estimate,
        String recordedBy,
        Instant recordedAt) {}

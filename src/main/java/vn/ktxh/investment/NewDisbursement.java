package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A disbursement to record: cumulative to {@code asOf} for a source, or a project of it named by {@code project}. */
public record NewDisbursement(
        String areaCode,
        int year,
        CapitalSource source,
        String project,
        LocalDate asOf,
        BigDecimal disbursed,
        BigDecimal estimate) {}

package vn.ktxh.investment;

import java.math.BigDecimal;

/** Dự án: a project of a unit's capital plan for a year, financed from one source, with its owner (chủ đầu tư). */
public record Project(
        long id, long areaId, int year, CapitalSource source, String name, String owner, BigDecimal totalInvestment) {}

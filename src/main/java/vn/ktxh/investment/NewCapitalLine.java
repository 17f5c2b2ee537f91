package vn.ktxh.investment;

import java.math.BigDecimal;
import vn.ktxh.plan.Decision;

/**
 * A capital plan line to record or adjust: a source of a unit's plan for a year or, when {@code project} is given, a
 * project under that source; {@code name} as the documents print it (the source's label when empty).
 */
public record NewCapitalLine(
        String areaCode,
        int year,
        CapitalSource source,
        NewProject project,
        String name,
        CapitalSource partOf,
        BigDecimal amount,
        Decision decision) {

    /** Dự án: name, owner (chủ đầu tư) and total investment (tổng mức đầu tư, may be unknown). */
    public record NewProject(String name, String owner, BigDecimal totalInvestment) {}
}

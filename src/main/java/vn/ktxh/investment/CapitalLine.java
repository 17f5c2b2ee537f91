package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.Instant;
import vn.ktxh.plan.Decision;

/**
 * One version of a line of the capital plan (kế hoạch vốn): the amount of a source, or of a project when
 * {@code projectId} is set, as the document {@code decision} gave or adjusted it. {@code partOf} names the source
 * the line is counted within ("trong đó"); such a line is not added to the total again. Before it is stored,
 * {@code id} and {@code version} are 0 and {@code recordedAt} null: the database gives them.
 */
public record CapitalLine(
        long id,
        long areaId,
        int year,
        CapitalSource source,
        Long projectId,
        String name,
        CapitalSource partOf,
        int version,
        BigDecimal amount,
        Decision decision,
        String recordedBy,
        Instant recordedAt) {

    /** A line of the unit's total of investment capital: a source of its own, neither a project, a programme nor a "trong đó". */
    public boolean inTotal() {
        return projectId == null && partOf == null && !source.programme();
    }
}

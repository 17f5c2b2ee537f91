package vn.ktxh.plan;

import java.math.BigDecimal;
import java.time.Instant;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

/**
 * Chỉ tiêu giao: one version of the target of an indicator for an area and a period within a plan, as
 * {@code statement} states it. {@code derived} marks a target worked out from a printed result and its
 * "% kế hoạch" rather than read from the decision.
 */
public record Target(
        long id,
        long planId,
        String indicator,
        long areaId,
        Period period,
        int version,
        TargetStatement statement,
        boolean derived,
        String note,
        Decision decision) {

    /** A version as the audit log shows it: who recorded it and when. */
    public record Recorded(Target target, String by, Instant at) {}

    // The statement's parts, read by most users of a target.
    public TargetForm form() {
        return statement.form();
    }

    public BigDecimal value() {
        return statement.value();
    }

    public BigDecimal ofTotal() {
        return statement.ofTotal();
    }

    public Period basePeriod() {
        return statement.basePeriod();
    }

    public BigDecimal baseValue() {
        return statement.baseValue();
    }

    /** See {@link TargetStatement#inWords}. */
    public String inWords(UnitOfMeasure unit) {
        return statement.inWords(unit);
    }

    /** See {@link TargetStatement#inWordsWithUnit}. */
    public String inWordsWithUnit(UnitOfMeasure unit) {
        return statement.inWordsWithUnit(unit);
    }
}

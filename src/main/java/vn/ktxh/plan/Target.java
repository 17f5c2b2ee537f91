package vn.ktxh.plan;

import java.math.BigDecimal;
import vn.ktxh.shared.Period;

/**
 * Chỉ tiêu giao: one version of the target of an indicator for an area and a period within a plan.
 * {@code ofTotal} is the y of "x/y"; {@code basePeriod}/{@code baseValue} anchor the growth forms
 * (the base value, when not given, is the area's figure of the base period). {@code derived} marks a
 * target worked out from a printed result and its "% kế hoạch" rather than read from the decision.
 */
public record Target(long id, long planId, String indicator, long areaId, Period period, int version, TargetForm form,
        BigDecimal value, BigDecimal ofTotal, Period basePeriod, BigDecimal baseValue, boolean derived, String note,
        Decision decision) {

    /** A version as the audit log shows it: who recorded it and when. */
    public record Recorded(Target target, String by, java.time.Instant at) {
    }
}

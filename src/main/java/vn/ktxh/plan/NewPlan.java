package vn.ktxh.plan;

import vn.ktxh.shared.Period;

/**
 * A plan to record for the area a code names in the period, decided by the level above or by the unit itself;
 * {@code demo} marks the removable demo data.
 */
public record NewPlan(
        String areaCode, Period period, String title, Decision decision, DecidedBy decidedBy, boolean demo) {}

package vn.ktxh.plan;

import vn.ktxh.shared.Period;

/** A plan to record for the area a code names in the period; {@code demo} marks the removable demo data. */
public record NewPlan(String areaCode, Period period, String title, Decision decision, boolean demo) {
}

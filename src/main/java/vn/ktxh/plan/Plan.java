package vn.ktxh.plan;

import vn.ktxh.shared.Period;

/** Kế hoạch of an area for a year or a five-year term, set by a decision. */
public record Plan(long id, long areaId, Period period, String title, Decision decision) {
}

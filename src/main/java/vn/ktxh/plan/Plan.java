package vn.ktxh.plan;

import vn.ktxh.shared.Period;

/** Kế hoạch of an area for a year or a five-year term, set by a decision of the level above or of the unit itself. */
public record Plan(long id, long areaId, Period period, String title, Decision decision, DecidedBy decidedBy) {

    /** Whether the unit decided these targets itself, rather than the level above assigning them. */
    public boolean ownDecision() {
        return decidedBy == DecidedBy.OWN_UNIT;
    }
}

package vn.ktxh.plan;

import vn.ktxh.area.Area;

import vn.ktxh.shared.Period;

/** Kế hoạch of an area for a year or a five-year term, set by a decision. */
public record Plan(long id, long areaId, Period period, String title, Decision decision) {

    /**
     * Whether the unit decided these targets itself (its council, committee or people's committee issued the
     * decision: the issuer names the unit), rather than the level above assigning them.
     */
    public boolean decidedBy(Area area) {
        return decision != null && decision.namesIssuer(area);
    }
}

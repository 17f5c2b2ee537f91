package vn.ktxh.area;

import java.math.BigDecimal;

/**
 * A unit whose figure counts toward another's, with the weight it counts at: 1 for a commune in its
 * province or a whole predecessor, the share for the part of a split unit.
 */
public record Contribution(Area area, BigDecimal weight) {}

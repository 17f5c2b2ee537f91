package vn.ktxh.area;

import java.math.BigDecimal;

/**
 * One link of an area's lineage seen from that area: the unit on the other side, the event, and the
 * share of the predecessor that went into the successor (1 for a whole unit, less for part of a split).
 */
public record LineageStep(Area other, LineageEvent event, BigDecimal share) {}

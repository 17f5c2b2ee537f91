package vn.ktxh.evaluation;

import java.math.BigDecimal;
import vn.ktxh.shared.Period;

/**
 * What the database keeps for the figures of the units {@code depth} levels below {@code ancestorId}
 * that exist on the period's last day: their sum, how many reported, and the largest.
 */
public record KeptRollUp(
        long ancestorId,
        int depth,
        Period period,
        String indicator,
        String kind,
        BigDecimal total,
        int contributors,
        BigDecimal maximum) {}

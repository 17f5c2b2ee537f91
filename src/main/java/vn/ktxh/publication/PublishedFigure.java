package vn.ktxh.publication;

import java.math.BigDecimal;

/**
 * One approved final figure of a unit and period as the public reads it: the indicator, the target in words, the value,
 * % of plan and vượt/đạt/không đạt (empty when the indicator has no target to judge against).
 */
public record PublishedFigure(
        String indicator,
        String name,
        String unit,
        String target,
        BigDecimal value,
        BigDecimal percentOfPlan,
        String status) {}

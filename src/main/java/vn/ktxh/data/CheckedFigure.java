package vn.ktxh.data;

import java.math.BigDecimal;
import vn.ktxh.shared.Period;

/** A figure that passed every check, ready to store: resolved area, value in the indicator's unit. */
public record CheckedFigure(
        String indicator,
        long areaId,
        Period period,
        FigureKind kind,
        BigDecimal value,
        String source,
        boolean derived) {}

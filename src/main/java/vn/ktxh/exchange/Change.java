package vn.ktxh.exchange;

import java.math.BigDecimal;
import vn.ktxh.data.FigureKind;

/**
 * One figure an upload will set: where it was read, the indicator, the unit and period it is for, the value stored
 * now (null when the figure is new) and the new one, in the indicator's unit.
 */
public record Change(
        String place,
        String indicator,
        String indicatorName,
        String unit,
        String areaCode,
        String areaName,
        String period,
        FigureKind kind,
        BigDecimal oldValue,
        BigDecimal newValue,
        String note) {

    /** "mới" for a figure not yet stored, "sửa" for a changed one. */
    public String action() {
        return oldValue == null ? "mới" : "sửa";
    }
}

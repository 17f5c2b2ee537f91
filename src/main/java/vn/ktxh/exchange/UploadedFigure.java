package vn.ktxh.exchange;

import java.math.BigDecimal;
import vn.ktxh.data.FigureKind;

/**
 * One value as read from an uploaded file, already a number (a workbook's numeric cell, or text in Vietnamese
 * notation), not yet checked against the catalogue. {@code value} is null for an empty input cell of a row that
 * names an indicator: nothing to store, but worth a warning when a stored figure exists.
 */
public record UploadedFigure(
        Place place,
        String indicator,
        String area,
        String period,
        FigureKind kind,
        BigDecimal value,
        String unit,
        String note) {}

package vn.ktxh.extraction;

import java.math.BigDecimal;
import vn.ktxh.indicator.Direction;

/**
 * One quantity stated for an area and a period, in the schema of the extraction benchmark: "Thu ngân sách trên địa
 * bàn đạt 1.595,3 triệu đồng" is value 1595.3, unit "triệu đồng", comparator "=", kind target. {@code line} is the
 * 1-based line of the document text on which the number stands; absent fields are null.
 */
public record IndicatorStatement(
        String doc,
        int line,
        String quote,
        String area,
        String indicator,
        Kind kind,
        String period,
        BigDecimal value,
        BigDecimal valueMax,
        BigDecimal of,
        String unit,
        Comparison comparator,
        Direction direction,
        BigDecimal pctOfPlan,
        String planRef,
        BigDecimal changePct,
        BigDecimal changeAbs,
        String changeRef,
        GrowthForm growthForm,
        String sector,
        String note) {

    /** The same statement with the kind and period the whole document settles (see {@link StatementExtractor}). */
    IndicatorStatement as(Kind kind, String period) {
        return with(kind, period, pctOfPlan, planRef, changePct, changeRef);
    }

    /** The same statement with its comparisons: with the plan ("đạt X% kế hoạch") and with a reference ("tăng X%"). */
    IndicatorStatement comparedWith(BigDecimal pctOfPlan, String planRef, BigDecimal changePct, String changeRef) {
        return with(kind, period, pctOfPlan, planRef, changePct, changeRef);
    }

    private IndicatorStatement with(
            Kind kind, String period, BigDecimal pctOfPlan, String planRef, BigDecimal changePct, String changeRef) {
        return new IndicatorStatement(
                doc,
                line,
                quote,
                area,
                indicator,
                kind,
                period,
                value,
                valueMax,
                of,
                unit,
                comparator,
                direction,
                pctOfPlan,
                planRef,
                changePct,
                changeAbs,
                changeRef,
                growthForm,
                sector,
                note);
    }
}

package vn.ktxh.plan;

import java.math.BigDecimal;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * What a decision states about a target: its form and value. {@code ofTotal} is the y of "x/y";
 * {@code basePeriod}/{@code baseValue} anchor the growth forms (the base value, when not given, is the area's
 * figure of the base period).
 */
public record TargetStatement(
        TargetForm form, BigDecimal value, BigDecimal ofTotal, Period basePeriod, BigDecimal baseValue) {

    /** A target of a form that needs neither a total nor a base: "1.595,3", "trên 91,5%". */
    public static TargetStatement of(TargetForm form, BigDecimal value) {
        return new TargetStatement(form, value, null, null, null);
    }

    /**
     * The target as the documents write it: "1.595,3", "từ 95% trở lên", "trên 91,5%", "duy trì 100%",
     * "tăng bình quân hằng năm 10% trở lên so với năm 2025", "6/8". A percent or per-mille unit is written
     * after the number; any other unit is left to the "ĐVT" column beside it.
     */
    public String inWords(UnitOfMeasure unit) {
        String amount = VnNumber.format(value) + (writtenWithTheNumber(unit) ? unit.name() : "");
        String growth = VnNumber.format(value) + "%";
        return switch (form) {
            case VALUE -> amount;
            case BUDGET_ESTIMATE -> "dự toán " + amount;
            case AT_LEAST -> "từ " + amount + " trở lên";
            case MORE_THAN -> "trên " + amount;
            case AT_MOST -> "không quá " + amount;
            case LESS_THAN -> "dưới " + amount;
            case MAINTAIN -> "duy trì " + amount;
            case GROWTH_VS_PREVIOUS ->
                "tăng ít nhất " + growth + " so với " + (basePeriod == null ? "năm trước" : basePeriod.label());
            case AVERAGE_ANNUAL_GROWTH ->
                "tăng bình quân hằng năm " + growth + " trở lên"
                        + (basePeriod == null ? "" : " so với " + basePeriod.label());
            case GROWTH_VS_BASE ->
                "tăng " + growth + " so với " + (basePeriod == null ? "năm gốc" : basePeriod.label());
            case COUNT_OF_TOTAL -> VnNumber.format(value) + "/" + (ofTotal == null ? "?" : VnNumber.format(ofTotal));
        };
    }

    /** The same with its unit where no column carries it: "1.595,3 triệu đồng", "trên 91,5%", "tăng 10% so với năm 2024". */
    public String inWordsWithUnit(UnitOfMeasure unit) {
        return form.isGrowth() || writtenWithTheNumber(unit) ? inWords(unit) : inWords(unit) + " " + unit.name();
    }

    private static boolean writtenWithTheNumber(UnitOfMeasure unit) {
        return unit.name().equals("%") || unit.name().equals("‰");
    }
}

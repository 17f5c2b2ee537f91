package vn.ktxh.exchange;

import java.math.BigDecimal;
import java.util.List;

/**
 * Biểu nhập số liệu of an area for a period: one row per indicator with a target or a stored figure, the target
 * and the current figures filled in, stamped with what it was made for.
 */
public record Template(
        String areaCode, String areaName, String period, String periodLabel, TemplateStamp stamp, List<Row> rows) {

    public record Row(
            int number,
            String indicator,
            String name,
            String unit,
            BigDecimal target,
            BigDecimal estimate,
            BigDecimal finalValue,
            String note) {}

    public String fileName() {
        return "so-lieu-%s-%s.xlsx".formatted(areaCode, period);
    }
}

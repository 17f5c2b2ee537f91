package vn.ktxh.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ktxh.area.Area;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

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

    /**
     * The template of {@code area} for {@code period}: the indicators due, in the entry form's order, then those with a
     * stored figure, by code; the note is the final figure's source, else the estimate's.
     */
    public static Template of(
            Area area,
            Period period,
            Map<String, Target> due,
            List<Figure> stored,
            Map<String, Indicator> catalogue,
            String templateKey) {
        Map<String, Map<FigureKind, Figure>> values = new HashMap<>();
        stored.forEach(f -> values.computeIfAbsent(f.indicator(), k -> new EnumMap<>(FigureKind.class))
                .put(f.kind(), f));
        Set<String> codes = new LinkedHashSet<>(due.keySet());
        values.keySet().stream().sorted().forEach(codes::add);
        List<Row> rows = new ArrayList<>();
        for (String code : codes) {
            Indicator indicator = catalogue.get(code);
            Target target = due.get(code);
            Figure estimate = values.getOrDefault(code, Map.of()).get(FigureKind.ESTIMATE);
            Figure finalValue = values.getOrDefault(code, Map.of()).get(FigureKind.FINAL);
            String note = finalValue != null && finalValue.source() != null
                    ? finalValue.source()
                    : estimate != null ? estimate.source() : null;
            rows.add(new Row(
                    rows.size() + 1,
                    code,
                    indicator.name(),
                    indicator.unit().name(),
                    target == null ? null : target.value(),
                    estimate == null ? null : estimate.value(),
                    finalValue == null ? null : finalValue.value(),
                    note));
        }
        return new Template(
                area.code(),
                area.fullName(),
                period.toString(),
                period.label(),
                TemplateStamp.of(area.code(), area.validFrom(), period.toString(), templateKey),
                rows);
    }

    public String fileName() {
        return "so-lieu-%s-%s.xlsx".formatted(areaCode, period);
    }
}

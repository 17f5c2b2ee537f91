package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Contribution;
import vn.ktxh.data.Figure;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Formula;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;

/**
 * Tổng hợp: the figure of a unit made from the units that compose it — a province from its communes,
 * a merged ward for a year before the merger from its predecessors (weighted by the share that went
 * into it). Sums add, rates are the ratio of the sums of their numerator and denominator, maxima take
 * the largest; a part without its own figure is itself made from its parts. When a part is missing, or
 * the indicator does not add up, the result says so and carries no number.
 */
public final class RollUp implements PeriodValues {

    /** A part's value as used: reported by the unit itself, or made from its own parts. */
    public record PartValue(Area area, BigDecimal weight, BigDecimal value, boolean rolledUp) {}

    public record Result(
            Indicator indicator,
            Area area,
            Period period,
            BigDecimal value,
            List<PartValue> parts,
            List<Area> missing,
            String reason) {

        public Optional<BigDecimal> valueIfComplete() {
            return Optional.ofNullable(value);
        }
    }

    private final AreaMap areas;
    private final Map<String, Indicator> catalogue;
    private final FigureTable figures;
    private final Period period;

    public RollUp(AreaMap areas, Map<String, Indicator> catalogue, FigureTable figures, Period period) {
        this.areas = areas;
        this.catalogue = catalogue;
        this.figures = figures;
        this.period = period;
    }

    public FigureTable figures() {
        return figures;
    }

    @Override
    public Optional<Figure> reported(Area area, Indicator indicator) {
        return figures.get(area.id(), indicator.code());
    }

    @Override
    public Optional<PartValue> resolve(Area area, Indicator indicator) {
        return resolve(area, indicator, BigDecimal.ONE);
    }

    /** The figure of {@code area} made from its parts, whatever the area reported itself. */
    public Result of(Area area, Indicator indicator) {
        if (indicator.formula() != null) {
            return computed(area, indicator);
        }
        return switch (indicator.aggregation()) {
            case RATIO -> ratio(area, indicator);
            case NONE -> passThrough(area, indicator);
            case SUM, MAX -> combine(area, indicator);
        };
    }

    /** The area's own figure, or when it has none, the one made from its parts. */
    public Optional<PartValue> resolve(Area area, Indicator indicator, BigDecimal weight) {
        Optional<BigDecimal> own = figures.value(area.id(), indicator.code());
        if (own.isPresent()) {
            return Optional.of(new PartValue(area, weight, own.get(), false));
        }
        if (indicator.formula() == null
                && areas.composition(area, period, indicator.code()).isEmpty()) {
            return Optional.empty();
        }
        return of(area, indicator).valueIfComplete().map(v -> new PartValue(area, weight, v, true));
    }

    private Result combine(Area area, Indicator indicator) {
        List<Contribution> composition = areas.composition(area, period, indicator.code());
        if (composition.isEmpty()) {
            return new Result(
                    indicator, area, period, null, List.of(), List.of(), "Không có đơn vị thành phần để tổng hợp");
        }
        List<PartValue> parts = new ArrayList<>();
        List<Area> missing = new ArrayList<>();
        for (Contribution c : composition) {
            resolve(c.area(), indicator, c.weight()).ifPresentOrElse(parts::add, () -> missing.add(c.area()));
        }
        if (!missing.isEmpty()) {
            return new Result(
                    indicator,
                    area,
                    period,
                    null,
                    parts,
                    missing,
                    "Thiếu số liệu của %d/%d đơn vị".formatted(missing.size(), composition.size()));
        }
        BigDecimal value = indicator.aggregation() == Aggregation.MAX
                ? parts.stream()
                        .map(PartValue::value)
                        .max(BigDecimal::compareTo)
                        .orElseThrow()
                : parts.stream().map(p -> p.value().multiply(p.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(indicator, area, period, value, parts, missing, null);
    }

    private Result ratio(Area area, Indicator indicator) {
        Result numerator = of(area, catalogue.get(indicator.numerator()));
        Result denominator = of(area, catalogue.get(indicator.denominator()));
        List<Area> missing = new ArrayList<>(numerator.missing());
        denominator.missing().stream().filter(a -> !missing.contains(a)).forEach(missing::add);
        if (numerator.value() == null
                || denominator.value() == null
                || denominator.value().signum() == 0) {
            String reason = missing.isEmpty()
                    ? "Không tính được tỷ lệ: thiếu tử số hoặc mẫu số"
                    : "Thiếu số liệu tử số/mẫu số của %d đơn vị".formatted(missing.size());
            return new Result(indicator, area, period, null, List.of(), missing, reason);
        }
        BigDecimal value =
                numerator.value().multiply(indicator.ratioScale()).divide(denominator.value(), MathContext.DECIMAL64);
        return new Result(indicator, area, period, value, numerator.parts(), List.of(), null);
    }

    /** An indicator with a formula is computed from the unit's values of its operands (themselves rolled up if need be). */
    private Result computed(Area area, Indicator indicator) {
        List<Area> missing = new ArrayList<>();
        Optional<BigDecimal> value = Formula.parse(indicator.formula()).evaluate(code -> {
            Indicator operand = catalogue.get(code);
            Optional<BigDecimal> v = operand == null
                    ? Optional.empty()
                    : resolve(area, operand, BigDecimal.ONE).map(PartValue::value);
            if (v.isEmpty() && !missing.contains(area)) {
                missing.add(area);
            }
            return v;
        });
        return new Result(
                indicator,
                area,
                period,
                value.orElse(null),
                List.of(),
                missing,
                value.isPresent()
                        ? null
                        : "Không tính được theo công thức %s: thiếu số liệu hoặc chia cho 0"
                                .formatted(indicator.formula()));
    }

    /** A unit renamed or taken over whole keeps a non-additive figure; anything more is not invented. */
    private Result passThrough(Area area, Indicator indicator) {
        List<Contribution> composition = areas.composition(area, period, indicator.code());
        if (composition.size() == 1 && composition.get(0).weight().compareTo(BigDecimal.ONE) == 0) {
            Contribution only = composition.get(0);
            return resolve(only.area(), indicator, BigDecimal.ONE)
                    .map(p -> new Result(indicator, area, period, p.value(), List.of(p), List.of(), null))
                    .orElse(new Result(
                            indicator, area, period, null, List.of(), List.of(only.area()), "Thiếu số liệu"));
        }
        return new Result(
                indicator,
                area,
                period,
                null,
                List.of(),
                List.of(),
                "Chỉ tiêu \"%s\" không tổng hợp được từ các đơn vị thành phần".formatted(indicator.name()));
    }
}

package vn.ktxh.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import vn.ktxh.account.Access;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * Checks figures as sent before anything is stored: known indicator and unit on the period, an indicator
 * that applies at the unit's level, a number
 * (Vietnamese notation for text), a unit that is the indicator's or converts to it, inside the
 * indicator's allowed range, and each figure only once. Every problem names its item.
 */
public final class FigureCheck {

    private static final int MAX_PROBLEMS = 100;

    private record AreaAt(String code, Period period) {}

    private record Entered(long areaId, String indicator) {
        // A record's hash is 31 × its first part's plus the second's: codes that differ in their last character and
        // consecutive unit ids would collide (a stream of 20.000 places spent a third of its time in treeified bins).
        @Override
        public int hashCode() {
            return indicator.hashCode() * 0x9E3779B9 + Long.hashCode(areaId);
        }
    }

    private final AreaMap areas;
    private final Map<String, Indicator> catalogue;
    private final Map<AreaAt, Area> resolved = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>(); // an upload repeats a handful of periods
    private final Set<Entered> entered = new HashSet<>(); // units and indicators a stream may enter

    public FigureCheck(AreaMap areas, Map<String, Indicator> catalogue) {
        this.areas = areas;
        this.catalogue = catalogue;
    }

    /**
     * The units and the indicators the inputs name, where both can be told (the rest is refused by {@link #check}):
     * what the rights are checked against before anything is said about the values.
     */
    private Map<Area, Set<Indicator>> places(List<FigureInput> inputs) {
        Map<Area, Set<Indicator>> out = new LinkedHashMap<>();
        for (FigureInput in : inputs) {
            place(in)
                    .ifPresent(p -> out.computeIfAbsent(p.getKey(), a -> new HashSet<>())
                            .add(p.getValue()));
        }
        return out;
    }

    /**
     * Refuses, before anything is said about their values, figures of units or indicators {@code access} may not
     * enter; each unit and indicator is checked once, however many figures name it.
     */
    public void requireEnter(Access access, List<FigureInput> inputs) {
        places(inputs)
                .forEach((area, named) -> named.forEach(indicator -> Actor.requireEnter(access, area, indicator)));
    }

    /** The unit and the indicator one input names, when both can be told, as {@link #places} finds them. */
    private Optional<Map.Entry<Area, Indicator>> place(FigureInput in) {
        try {
            Indicator indicator = required(in.indicator(), "indicator", "mã chỉ tiêu");
            return Optional.of(Map.entry(area(in, period(in)), indicator));
        } catch (RejectedInput | NullPointerException unknown) {
            return Optional.empty(); // refused where it stands by check()
        }
    }

    /**
     * Checks the figures of a stream as they are read and hands on each that passes while none has failed. The rights of
     * {@code access} (empty for the system) on every figure's unit and indicator come first, each pair asked once, and
     * a refusal stops at once, before anything is said about values; then its values, as {@link #check(FigureInput)}
     * checks them: up to 100 figures at fault are named together at the end. That one repeats another is left to the
     * storage, which holds the stream.
     */
    public void each(FigureStream stream, Optional<Access> access, ObjIntConsumer<Figure> passed) {
        List<RejectedInput> problems = new ArrayList<>();
        stream.forEach((in, position) -> {
            access.ifPresent(a -> requireEnter(a, in));
            if (problems.size() < MAX_PROBLEMS) {
                try {
                    Figure figure = check(in);
                    if (problems.isEmpty()) {
                        passed.accept(figure, position);
                    }
                } catch (RejectedInput problem) {
                    problems.add(stream.named(problem, position));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems);
        }
    }

    private void requireEnter(Access access, FigureInput in) {
        place(in)
                .filter(p ->
                        entered.add(new Entered(p.getKey().id(), p.getValue().code())))
                .ifPresent(p -> Actor.requireEnter(access, p.getKey(), p.getValue()));
    }

    /** The refusal of a figure sent twice in one request. */
    static RejectedInput repeated(String indicator, Period period) {
        return new RejectedInput(
                "indicator", "Số liệu của chỉ tiêu \"%s\" cho kỳ %s bị gửi hai lần".formatted(indicator, period));
    }

    private Period period(FigureInput in) {
        return periods.computeIfAbsent(requiredText(in.period(), "period", "kỳ báo cáo"), Period::parse);
    }

    private Area area(FigureInput in, Period period) {
        return resolved.computeIfAbsent(
                new AreaAt(requiredText(in.area(), "area", "mã đơn vị"), period),
                key -> areas.require(in.area(), period, "area"));
    }

    /** One figure as sent, checked; refused naming the field at fault. */
    public Figure check(FigureInput in) {
        if (in == null) {
            throw new RejectedInput("Dòng số liệu trống");
        }
        Indicator indicator = required(in.indicator(), "indicator", "mã chỉ tiêu");
        Period period = period(in);
        Area area = area(in, period);
        if (!indicator.levels().isEmpty()
                && !indicator.levels().contains(area.kind().level().label())) {
            throw new RejectedInput(
                    "area",
                    "Chỉ tiêu \"%s\" không áp dụng cho cấp %s (%s); chỉ áp dụng cho cấp %s"
                            .formatted(
                                    indicator.name(),
                                    area.kind().level().label(),
                                    area.fullName(),
                                    String.join(", ", indicator.levels())));
        }
        FigureKind kind = in.kind() == null ? FigureKind.ESTIMATE : FigureKind.parse(in.kind());
        BigDecimal value = inIndicatorUnit(indicator, number(in.value()), in.unit());
        checkRange(indicator, value);
        return new Figure(indicator.code(), area.id(), period, kind, value, in.source(), false, null, null);
    }

    private Indicator required(String code, String field, String what) {
        Indicator indicator = catalogue.get(requiredText(code, field, what));
        if (indicator == null) {
            throw new RejectedInput(field, "Không có chỉ tiêu mã \"%s\" trong danh mục".formatted(code));
        }
        return indicator;
    }

    private static String requiredText(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            throw new RejectedInput(field, "Thiếu " + what);
        }
        return text.strip();
    }

    private static BigDecimal number(Object value) {
        try {
            if (value instanceof BigDecimal decimal) {
                return VnNumber.sensible(decimal);
            }
            if (value instanceof Integer || value instanceof Long) {
                return new BigDecimal(value.toString());
            }
            if (value instanceof BigInteger integer) {
                return VnNumber.sensible(new BigDecimal(integer));
            }
            if (value instanceof String text) {
                return VnNumber.parse(text);
            }
        } catch (RejectedInput problem) {
            throw new RejectedInput("value", "Giá trị " + problem.getMessage());
        }
        throw new RejectedInput(
                "value", value == null ? "Thiếu giá trị" : "Giá trị \"%s\" không phải là số".formatted(value));
    }

    private static BigDecimal inIndicatorUnit(Indicator indicator, BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return value;
        }
        return UnitOfMeasure.of(unit)
                .convert(value, indicator.unit())
                .orElseThrow(() -> new RejectedInput(
                        "unit",
                        "Đơn vị \"%s\" không dùng được cho chỉ tiêu \"%s\" (đơn vị tính: %s)"
                                .formatted(unit, indicator.name(), indicator.unit())));
    }

    private static void checkRange(Indicator indicator, BigDecimal value) {
        if (indicator.minValue() != null && value.compareTo(indicator.minValue()) < 0) {
            throw new RejectedInput(
                    "value",
                    value.signum() < 0 && indicator.minValue().signum() >= 0
                            ? "Chỉ tiêu \"%s\" không nhận giá trị âm (%s)"
                                    .formatted(indicator.name(), VnNumber.format(value))
                            : "Giá trị %s của \"%s\" nhỏ hơn mức tối thiểu %s"
                                    .formatted(
                                            VnNumber.format(value),
                                            indicator.name(),
                                            VnNumber.format(indicator.minValue())));
        }
        if (indicator.maxValue() != null && value.compareTo(indicator.maxValue()) > 0) {
            throw new RejectedInput(
                    "value",
                    "Giá trị %s của \"%s\" vượt mức tối đa %s %s"
                            .formatted(
                                    VnNumber.format(value),
                                    indicator.name(),
                                    VnNumber.format(indicator.maxValue()),
                                    indicator.unit()));
        }
    }
}

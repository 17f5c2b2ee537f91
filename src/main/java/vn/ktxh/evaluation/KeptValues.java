package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Formula;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;

/**
 * The values of one unit for one period read from the roll-ups the database keeps, giving the answer
 * {@link RollUp} gives over every figure below the unit. Each unit with parts is settled by its own figure,
 * else from its parts: units whose parts have none of their own by the kept sums of those parts (all
 * reported a final figure, or all an estimate and none a final one; one missing leaves no value), the others
 * from their parts' values in turn. What that cannot settle — a level partly reported, a unit reorganised
 * (lineage), a non-additive indicator taken over whole — is left to {@code raw}, the roll-up of every figure.
 */
final class KeptValues implements PeriodValues {

    /** A value settled by the kept roll-ups, or settled as absent. */
    private record Settled(Optional<BigDecimal> value) {}

    private static final Optional<Settled> ABSENT = Optional.of(new Settled(Optional.empty()));

    private final AreaMap areas;
    private final Map<String, Indicator> catalogue;
    private final Area root;
    private final LocalDate day;
    private final FigureTable own;
    private final Map<String, KeptRollUp> kept = new HashMap<>();
    private final Supplier<RollUp> raw;
    /** Per unit, its parts on the day and whether any of them has parts: worked out once, asked per indicator. */
    private final Map<Long, List<Area>> parts = new HashMap<>();

    private final Map<Long, Boolean> partsHaveParts = new HashMap<>();

    /**
     * @param own  the figures of the period of the units {@link #readOneByOne} names
     * @param kept the kept sums of the period of those units' parts (depth 1)
     * @param raw  the roll-up over every figure, asked for only when the kept sums do not settle a value
     */
    KeptValues(
            AreaMap areas,
            Map<String, Indicator> catalogue,
            Area root,
            Period period,
            FigureTable own,
            List<KeptRollUp> kept,
            Supplier<RollUp> raw) {
        this.areas = areas;
        this.catalogue = catalogue;
        this.root = root;
        this.day = period.lastDay();
        this.own = own;
        kept.forEach(k -> this.kept.put(key(k.ancestorId(), k.indicator(), k.kind()), k));
        this.raw = raw;
    }

    /**
     * The units whose own figures are read one by one: the root and, down from it, all the parts of a unit
     * any of whose parts has parts itself. The parts of a unit whose parts have none are read as kept sums.
     */
    static List<Area> readOneByOne(AreaMap areas, Area root, Period period) {
        LocalDate day = period.lastDay();
        List<Area> out = new ArrayList<>(List.of(root));
        for (int i = 0; i < out.size(); i++) {
            List<Area> parts = areas.childrenOn(out.get(i), day);
            if (parts.stream().anyMatch(p -> !areas.childrenOn(p, day).isEmpty())) {
                out.addAll(parts);
            }
        }
        return out;
    }

    @Override
    public Optional<Figure> reported(Area area, Indicator indicator) {
        return area.id() == root.id()
                ? own.get(area.id(), indicator.code())
                : raw.get().reported(area, indicator);
    }

    @Override
    public Optional<RollUp.PartValue> resolve(Area area, Indicator indicator) {
        if (area.id() == root.id() && root.validOn(day)) {
            Optional<Settled> settled = settle(root, indicator);
            if (settled.isPresent()) {
                return settled.get()
                        .value()
                        .map(v -> new RollUp.PartValue(
                                area,
                                BigDecimal.ONE,
                                v,
                                own.value(area.id(), indicator.code()).isEmpty()));
            }
        }
        return raw.get().resolve(area, indicator);
    }

    /** A unit's value as {@link RollUp#resolve} works it out, or empty when the kept sums cannot tell. */
    private Optional<Settled> settle(Area unit, Indicator indicator) {
        Optional<BigDecimal> reported = own.value(unit.id(), indicator.code());
        if (reported.isPresent()) {
            return Optional.of(new Settled(reported));
        }
        if (indicator.formula() != null) {
            return computed(unit, indicator);
        }
        List<Area> parts = partsOf(unit);
        if (parts.isEmpty()) {
            return ABSENT;
        }
        return switch (indicator.aggregation()) {
            case SUM, MAX -> combined(unit, parts, indicator);
            case RATIO -> ratio(unit, parts, indicator);
            case NONE -> parts.size() == 1 ? Optional.empty() : ABSENT;
        };
    }

    private Optional<Settled> computed(Area unit, Indicator indicator) {
        boolean[] unsettled = {false};
        Optional<BigDecimal> value = Formula.parse(indicator.formula()).evaluate(code -> {
            Indicator operand = catalogue.get(code);
            Optional<Settled> v = operand == null ? ABSENT : settle(unit, operand);
            unsettled[0] |= v.isEmpty();
            return v.flatMap(Settled::value);
        });
        return unsettled[0] ? Optional.empty() : Optional.of(new Settled(value));
    }

    /** A rate is the ratio of its numerator's and denominator's sums over the parts (not the unit's own ones). */
    private Optional<Settled> ratio(Area unit, List<Area> parts, Indicator indicator) {
        Indicator numerator = catalogue.get(indicator.numerator());
        Indicator denominator = catalogue.get(indicator.denominator());
        if (!additive(numerator) || !additive(denominator)) {
            return Optional.empty();
        }
        Optional<Settled> n = combined(unit, parts, numerator);
        Optional<Settled> d = combined(unit, parts, denominator);
        if (n.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Settled(n.get()
                .value()
                .flatMap(num -> d.get()
                        .value()
                        .filter(den -> den.signum() != 0)
                        .map(den -> num.multiply(indicator.ratioScale()).divide(den, MathContext.DECIMAL64)))));
    }

    private static boolean additive(Indicator indicator) {
        return indicator != null
                && indicator.formula() == null
                && (indicator.aggregation() == Aggregation.SUM || indicator.aggregation() == Aggregation.MAX);
    }

    /** A sum or max over the parts: from their kept sums when none of them has parts, else from each part's value. */
    private Optional<Settled> combined(Area unit, List<Area> parts, Indicator indicator) {
        if (!partsHaveParts.computeIfAbsent(
                unit.id(), id -> parts.stream().anyMatch(p -> !partsOf(p).isEmpty()))) {
            return fromKeptSums(unit, parts.size(), indicator);
        }
        List<BigDecimal> values = new ArrayList<>();
        for (Area part : parts) {
            Optional<Settled> v = settle(part, indicator);
            if (v.isEmpty() || v.get().value().isEmpty()) {
                return v;
            }
            values.add(v.get().value().get());
        }
        return Optional.of(new Settled(Optional.of(
                indicator.aggregation() == Aggregation.MAX
                        ? values.stream().max(BigDecimal::compareTo).orElseThrow()
                        : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
    }

    private List<Area> partsOf(Area unit) {
        return parts.computeIfAbsent(unit.id(), id -> areas.childrenOn(unit, day));
    }

    private Optional<Settled> fromKeptSums(Area unit, int parts, Indicator indicator) {
        KeptRollUp finals = kept.get(key(unit.id(), indicator.code(), FigureKind.FINAL.name()));
        KeptRollUp estimates = kept.get(key(unit.id(), indicator.code(), FigureKind.ESTIMATE.name()));
        int f = finals == null ? 0 : finals.contributors();
        int e = estimates == null ? 0 : estimates.contributors();
        if (f == parts) {
            return Optional.of(new Settled(Optional.of(aggregate(indicator, finals))));
        }
        if (f == 0 && e == parts) {
            return Optional.of(new Settled(Optional.of(aggregate(indicator, estimates))));
        }
        // fewer reported than there are parts: one is missing, and a missing part leaves no value
        return f + e < parts ? ABSENT : Optional.empty();
    }

    private static BigDecimal aggregate(Indicator indicator, KeptRollUp kept) {
        return indicator.aggregation() == Aggregation.MAX ? kept.maximum() : kept.total();
    }

    private static String key(long unit, String indicator, String kind) {
        return unit + "|" + kind + "|" + indicator;
    }
}

package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/** The door of the module: evaluations of an area's targets for a period, and roll-ups. */
@Service
public class Evaluations {

    private final Areas areas;
    private final Indicators indicators;
    private final Plans plans;
    private final Figures figures;

    Evaluations(Areas areas, Indicators indicators, Plans plans, Figures figures) {
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.figures = figures;
    }

    /** Every indicator with a target for the area in the period (or in the term containing it), judged. */
    public List<Evaluation> evaluate(String areaCode, Period period) {
        Area area = areas.require(areaCode, period, "area");
        Map<String, Target> targets = plans.current(area, period);
        Map<String, Target> termTargets = termTargets(area, period);
        Set<String> codes = new LinkedHashSet<>();
        targets.values().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> codes.add(t.indicator()));
        termTargets.values().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> codes.add(t.indicator()));
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<Indicator> judged = codes.stream().map(catalogue::get).toList();

        Optional<Period> termToDate = termToDate(period, termTargets.values());
        List<Period> periods = new ArrayList<>(periodsNeeded(period, targets.values()));
        termToDate.ifPresent(periods::add);
        Map<Period, RollUp> byPeriod = rollUps(area, periods, judged);
        List<Evaluation> out = new ArrayList<>();
        for (Indicator indicator : judged) {
            Target target = targets.get(indicator.code());
            Optional<Figure> reported = reported(byPeriod.get(period), area, indicator);
            Optional<RollUp.PartValue> actual = byPeriod.get(period).resolve(area, indicator, BigDecimal.ONE);
            BigDecimal previous = period.isTerm() ? null : valueOf(byPeriod.get(period.sameOfPreviousYear()), area, indicator);
            BigDecimal base = target == null || !target.form().isGrowth() ? null
                    : valueOf(byPeriod.get(LevelToReach.basePeriod(target, period)), area, indicator);
            out.add(Evaluator.evaluate(new Evaluator.Facts(indicator, period, target, actual.map(RollUp.PartValue::value).orElse(null),
                    reported.map(Figure::kind).orElse(actual.isPresent() ? FigureKind.ESTIMATE : null),
                    actual.map(RollUp.PartValue::rolledUp).orElse(false), previous, base, termTargets.get(indicator.code()),
                    termToDate.map(p -> valueOf(byPeriod.get(p), area, indicator)).orElse(null), null)));
        }
        return out;
    }

    /** The figure of an area made from the units that compose it in the period. */
    public RollUp.Result rollUp(String areaCode, Period period, String indicatorCode) {
        Area area = areas.require(areaCode, period, "area");
        Indicator indicator = indicators.require(indicatorCode, "indicator");
        return rollUps(area, List.of(period), List.of(indicator)).get(period).of(area, indicator);
    }

    /**
     * Mục tiêu Nghị quyết: targets of the five-year plans containing the period, set for the whole term
     * or for its last year (the level to reach by the end of the term).
     */
    private Map<String, Target> termTargets(Area area, Period period) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (Plan plan : plans.plansOf(area)) {
            if (plan.period().isTerm() && !plan.period().equals(period) && period.within(plan.period())) {
                for (Period when : List.of(plan.period(), Period.year(plan.period().endYear()))) {
                    plans.current(area, when).values().stream().filter(t -> t.planId() == plan.id())
                            .forEach(t -> out.putIfAbsent(t.indicator(), t));
                }
            }
        }
        return out;
    }

    /**
     * A whole-term target ("915.000 lượt khách cả giai đoạn") is measured against the figure from the
     * term's start to the evaluated year ("2020-2024") when one is reported.
     */
    private static Optional<Period> termToDate(Period period, Iterable<Target> termTargets) {
        for (Target t : termTargets) {
            if (t.period().isTerm() && period.type() == Period.Type.YEAR && period.year() > t.period().year()) {
                return Optional.of(Period.term(t.period().year(), period.year()));
            }
        }
        return Optional.empty();
    }

    private static List<Period> periodsNeeded(Period period, Iterable<Target> targets) {
        Set<Period> periods = new LinkedHashSet<>(List.of(period));
        if (!period.isTerm()) {
            periods.add(period.sameOfPreviousYear());
        }
        for (Target t : targets) {
            if (t.form().isGrowth()) {
                periods.add(LevelToReach.basePeriod(t, period));
            }
        }
        return List.copyOf(periods);
    }

    /** One roll-up per period over every unit that may be needed, fed by a single query. */
    private Map<Period, RollUp> rollUps(Area area, List<Period> periods, List<Indicator> judged) {
        AreaMap map = areas.map();
        Map<String, Indicator> catalogue = indicators.catalogue();
        Set<String> codes = new LinkedHashSet<>();
        for (Indicator i : judged) {
            codes.add(i.code());
            if (i.aggregation() == Aggregation.RATIO) {
                codes.add(i.numerator());
                codes.add(i.denominator());
            }
        }
        Set<Long> ids = new LinkedHashSet<>();
        periods.forEach(p -> map.closure(area, p).forEach(a -> ids.add(a.id())));
        Map<Period, List<Figure>> byPeriod = new HashMap<>();
        periods.forEach(p -> byPeriod.put(p, new ArrayList<>()));
        for (Figure f : figures.of(ids, periods, codes)) {
            byPeriod.get(f.period()).add(f);
        }
        Map<Period, RollUp> out = new HashMap<>();
        byPeriod.forEach((p, list) -> out.put(p, new RollUp(map, catalogue, FigureTable.of(list), p)));
        return out;
    }

    private static Optional<Figure> reported(RollUp rollUp, Area area, Indicator indicator) {
        return rollUp.figures().get(area.id(), indicator.code());
    }

    private static BigDecimal valueOf(RollUp rollUp, Area area, Indicator indicator) {
        return rollUp.resolve(area, indicator, BigDecimal.ONE).map(RollUp.PartValue::value).orElse(null);
    }
}

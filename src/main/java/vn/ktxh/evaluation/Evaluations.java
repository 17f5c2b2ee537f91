package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.area.AreasChanged;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.data.FiguresChanged;
import vn.ktxh.evaluation.storage.KeptRollUpRows;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.CatalogueChanged;
import vn.ktxh.indicator.Formula;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetsChanged;
import vn.ktxh.shared.Period;

/** The door of the module: evaluations of an area's targets for a period, and roll-ups. */
@Service
public class Evaluations {

    private final Areas areas;
    private final Indicators indicators;
    private final Plans plans;
    private final Figures figures;

    private final KeptRollUpRows keptRows;

    /**
     * @param env with a read replica ({@code KTXH_DB_READ_URL}), how long a write may take to reach it
     *                ({@code ktxh.db.read-lag-ms}, 2 s by default): an evaluation read that soon after a
     *                write to its units is not kept, lest a result without the write be served until the next one
     */
    Evaluations(
            Areas areas,
            Indicators indicators,
            Plans plans,
            Figures figures,
            KeptRollUpRows keptRows,
            Environment env,
            PlatformTransactionManager transactions) {
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        Duration settle = Duration.ofMillis(
                env.containsProperty("KTXH_DB_READ_URL")
                        ? env.getProperty("ktxh.db.read-lag-ms", Long.class, 2_000L)
                        : 0L);
        this.evaluated = new Memo<>(2_000, settle);
        this.trends = new Memo<>(2_000, settle);
        this.trendPoints = new Memo<>(100_000, settle); // every indicator of every unit read
        this.comparisons = new Memo<>(2_000, settle);
        this.keptRows = keptRows;
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.figures = figures;
    }

    /** An area's evaluation of a period, as last worked out. */
    private record Evaluated(long areaId, Period period) {}

    /** One indicator of an area seen from a period: its trend over {@code years}, or its parts side by side (years 0). */
    private record Focus(long areaId, Period period, String indicator, int years) {}

    /** One indicator of an area in one period: a point of a trend. */
    private record Point(long areaId, Period period, String indicator) {}

    private final Memo<Evaluated, List<Evaluation>> evaluated;
    private final Memo<Focus, List<Evaluation>> trends;
    private final Memo<Point, Evaluation> trendPoints;
    private final Memo<Focus, List<AreaEvaluation>> comparisons;
    private final TransactionTemplate reads;

    /**
     * Every indicator with a target for the area in the period (or in the term containing it), judged.
     * Kept until the next write of figures, targets, units or indicators: a province's dashboard is read
     * far more often than its figures change, and reading it must not cost a roll-up of every commune.
     */
    public List<Evaluation> evaluate(Actor actor, String areaCode, Period period) {
        Area area = readable(actor, areaCode, period);
        // one read-only transaction per computation (the replica's, when there is one), none for whoever waits for it
        return evaluated.get(
                new Evaluated(area.id(), period), () -> reads.execute(status -> evaluateByIndicator(area, period)));
    }

    /**
     * Every indicator judged, each kept on its own (as a point of its trend): after a commune's write, the nation's
     * evaluation works out again the indicators the write touched, not all two hundred.
     */
    private List<Evaluation> evaluateByIndicator(Area area, Period period) {
        Targets targets = targets(area, period);
        List<Point> points = targets.codes().stream()
                .map(code -> new Point(area.id(), period, code))
                .toList();
        Map<Point, Evaluation> judged = trendPoints.getAll(points, missing -> {
            Set<String> codes = new HashSet<>();
            missing.forEach(point -> codes.add(point.indicator()));
            Map<Point, Evaluation> out = new HashMap<>();
            evaluate(area, period, targets, codes::contains)
                    .forEach(e ->
                            out.put(new Point(area.id(), period, e.indicator().code()), e));
            return out;
        });
        return points.stream().map(judged::get).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void figuresChanged(FiguresChanged change) {
        if (change.everywhere()) {
            invalidateAll();
            return;
        }
        AreaMap map = areas.map();
        Set<Long> units = new HashSet<>();
        change.areaIds().forEach(id -> map.byId(id).ifPresent(a -> units.addAll(map.dependents(a))));
        LocalDate earliest = change.periods().stream()
                .map(Period::firstDay)
                .min(Comparator.naturalOrder())
                .orElse(LocalDate.MAX);
        Predicate<String> touched = change.indicators() == null ? code -> true : readers(change.indicators())::contains;
        // An evaluation reads its period and earlier ones (same period last year, bases, the term so far, the trend).
        BiPredicate<Long, Period> outdated =
                (areaId, period) -> units.contains(areaId) && !period.lastDay().isBefore(earliest);
        evaluated.invalidate(key -> outdated.test(key.areaId(), key.period()));
        trends.invalidate(key -> outdated.test(key.areaId(), key.period()) && touched.test(key.indicator()));
        trendPoints.invalidate(key -> outdated.test(key.areaId(), key.period()) && touched.test(key.indicator()));
        comparisons.invalidate(key -> outdated.test(key.areaId(), key.period()) && touched.test(key.indicator()));
    }

    /** The indicators whose judgement reads any of {@code written}: themselves, and ratios and formulas made of them. */
    private Set<String> readers(Set<String> written) {
        Set<String> readers = new HashSet<>(written);
        Collection<Indicator> catalogue = indicators.catalogue().values();
        for (boolean grew = true; grew; ) { // a formula may be made of a ratio made of what was written
            grew = false;
            for (Indicator i : catalogue) {
                if (!readers.contains(i.code()) && !Collections.disjoint(codesRead(List.of(i)), readers)) {
                    grew = readers.add(i.code());
                }
            }
        }
        return readers;
    }

    private void invalidateAll() {
        evaluated.invalidate();
        trends.invalidate();
        trendPoints.invalidate();
        comparisons.invalidate();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void targetsChanged(TargetsChanged change) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void areasChanged(AreasChanged change) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void catalogueChanged(CatalogueChanged change) {
        invalidateAll();
    }

    /** The unit the code names for the period, if the signed-in account may read it. */
    private Area readable(Actor actor, String areaCode, Period period) {
        Area area = areas.require(areaCode, period, "area");
        actor.requireRead(area);
        return area;
    }

    /**
     * One indicator of one unit over the years up to the period (the same quarter or month of each year for
     * a shorter period): the trend a leader reads. The unit is the one the code names for {@code period};
     * for years before it existed its figures are made from its predecessors.
     */
    public List<Evaluation> trend(Actor actor, String areaCode, Period period, String indicatorCode, int years) {
        Area area = readable(actor, areaCode, period);
        indicators.require(indicatorCode, "indicator");
        return trends.get(
                new Focus(area.id(), period, indicatorCode, years),
                () -> reads.execute(status -> trend(area, period, indicatorCode, years)));
    }

    private List<Evaluation> trend(Area area, Period period, String indicatorCode, int years) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < years; i++) {
            periods.add(0, p);
            if (p.isTerm()) {
                break;
            }
            p = p.sameOfPreviousYear();
        }
        List<Evaluation> out = new ArrayList<>();
        for (Period each : periods) {
            // each year kept on its own: a write of this year leaves the earlier years' points as they were
            out.add(trendPoints.get(
                    new Point(area.id(), each, indicatorCode), () -> trendPoint(area, each, indicatorCode)));
        }
        return List.copyOf(out);
    }

    private Evaluation trendPoint(Area area, Period each, String indicatorCode) {
        List<Evaluation> judged = evaluate(area, each, targets(area, each), indicatorCode::equals);
        return judged.isEmpty()
                ? Evaluator.evaluate(facts(
                        area,
                        catalogueEntry(indicatorCode),
                        each,
                        null,
                        null,
                        Optional.empty(),
                        rollUps(List.of(area), periodsNeeded(each, List.of()), List.of(catalogueEntry(indicatorCode)))))
                : judged.get(0);
    }

    /**
     * One indicator judged in each unit directly under the area on the period's last day — the communes of a
     * province side by side — against each unit's own target for the period (term targets are left to each
     * unit's own evaluation). Fed by one query for the targets, one for the figures and one for the kept sums, whatever the count.
     */
    public List<AreaEvaluation> compareParts(Actor actor, String areaCode, Period period, String indicatorCode) {
        Area area = readable(actor, areaCode, period);
        Indicator indicator = indicators.require(indicatorCode, "indicator");
        return comparisons.get(
                new Focus(area.id(), period, indicatorCode, 0),
                () -> reads.execute(status -> compareParts(area, period, indicator)));
    }

    private List<AreaEvaluation> compareParts(Area area, Period period, Indicator indicator) {
        String indicatorCode = indicator.code();
        List<Area> parts = areas.map().childrenOn(area, period.lastDay());
        Map<Long, Map<String, Target>> targets =
                plans.current(parts.stream().map(Area::id).toList(), period, indicatorCode);
        List<Target> own = parts.stream()
                .map(a -> targets.getOrDefault(a.id(), Map.of()).get(indicatorCode))
                .filter(t -> t != null)
                .toList();
        Map<Long, Map<Period, PeriodValues>> values = kept(parts, periodsNeeded(period, own), List.of(indicator));
        return parts.stream()
                .map(part -> new AreaEvaluation(
                        part,
                        Evaluator.evaluate(facts(
                                part,
                                indicator,
                                period,
                                targets.getOrDefault(part.id(), Map.of()).get(indicatorCode),
                                null,
                                Optional.empty(),
                                values.get(part.id())))))
                .toList();
    }

    private Indicator catalogueEntry(String code) {
        return indicators.require(code, "indicator");
    }

    /** The indicators {@code wanted} among those with targets, judged from the kept roll-ups. */
    private List<Evaluation> evaluate(Area area, Period period, Targets targets, Predicate<String> wanted) {
        return evaluate(area, period, targets, wanted, (periods, judged) -> kept(area, periods, judged));
    }

    /** The targets an evaluation judges: the period's own and those of the terms containing it. */
    private record Targets(Map<String, Target> own, Map<String, Target> term) {

        /** The indicators judged, in the order their targets were set. */
        List<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            own.values().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> codes.add(t.indicator()));
            term.values().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> codes.add(t.indicator()));
            return List.copyOf(codes);
        }
    }

    private Targets targets(Area area, Period period) {
        return new Targets(plans.current(area, period), termTargets(area, period));
    }

    private List<Evaluation> evaluate(
            Area area,
            Period period,
            Targets targets,
            Predicate<String> wanted,
            BiFunction<List<Period>, List<Indicator>, Map<Period, PeriodValues>> read) {
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<Indicator> judged =
                targets.codes().stream().filter(wanted).map(catalogue::get).toList();
        Optional<Period> termToDate = termToDate(period, targets.term().values());
        List<Period> periods =
                new ArrayList<>(periodsNeeded(period, targets.own().values()));
        termToDate.ifPresent(periods::add);
        Map<Period, PeriodValues> byPeriod = read.apply(periods, judged);
        List<Evaluation> out = new ArrayList<>();
        for (Indicator indicator : judged) {
            out.add(Evaluator.evaluate(facts(
                    area,
                    indicator,
                    period,
                    targets.own().get(indicator.code()),
                    targets.term().get(indicator.code()),
                    termToDate,
                    byPeriod)));
        }
        return out;
    }

    /** What is known of one indicator in one unit, read from roll-ups that hold every period it needs. */
    private static Evaluator.Facts facts(
            Area area,
            Indicator indicator,
            Period period,
            Target target,
            Target termTarget,
            Optional<Period> termToDate,
            Map<Period, ? extends PeriodValues> byPeriod) {
        Optional<Figure> reported = byPeriod.get(period).reported(area, indicator);
        Optional<RollUp.PartValue> actual = byPeriod.get(period).resolve(area, indicator);
        BigDecimal previous =
                period.isTerm() ? null : valueOf(byPeriod.get(period.sameOfPreviousYear()), area, indicator);
        BigDecimal base = target == null || !target.form().isGrowth()
                ? null
                : valueOf(byPeriod.get(LevelToReach.basePeriod(target, period)), area, indicator);
        return new Evaluator.Facts(
                indicator,
                period,
                target,
                actual.map(RollUp.PartValue::value).orElse(null),
                reported.map(Figure::kind).orElse(actual.isPresent() ? FigureKind.ESTIMATE : null),
                actual.map(RollUp.PartValue::rolledUp).orElse(false),
                previous,
                base,
                termTarget,
                termToDate.map(p -> valueOf(byPeriod.get(p), area, indicator)).orElse(null),
                null);
    }

    /** The figure of an area made from the units that compose it in the period. */
    public RollUp.Result rollUp(Actor actor, String areaCode, Period period, String indicatorCode) {
        Area area = readable(actor, areaCode, period);
        Indicator indicator = indicators.require(indicatorCode, "indicator");
        return rollUps(List.of(area), List.of(period), List.of(indicator))
                .get(period)
                .of(area, indicator);
    }

    /**
     * Mục tiêu Nghị quyết: targets of the five-year plans containing the period, set for the whole term
     * or for its last year (the level to reach by the end of the term).
     */
    private Map<String, Target> termTargets(Area area, Period period) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (Plan plan : plans.plansOf(area)) {
            if (plan.period().isTerm() && !plan.period().equals(period) && period.within(plan.period())) {
                for (Period when :
                        List.of(plan.period(), Period.year(plan.period().endYear()))) {
                    // the term plan's own targets, also where a year plan sets the same indicator for that year
                    plans.current(plan.id(), area, when).forEach(t -> out.putIfAbsent(t.indicator(), t));
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
            if (t.period().isTerm()
                    && period.type() == Period.Type.YEAR
                    && period.year() > t.period().year()) {
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

    /**
     * What the evaluation of {@code area} reads of each period: the kept roll-ups (index lookups for the unit
     * and the units with parts below it, however many units report), falling back to the figures of every
     * unit below for a value they do not settle.
     */
    private Map<Period, PeriodValues> kept(Area area, List<Period> periods, List<Indicator> judged) {
        return kept(List.of(area), periods, judged).get(area.id());
    }

    /**
     * The values of each unit read from the kept roll-ups, for all the units together: one query for their figures and
     * one for the kept sums of their parts, however many units (the provinces of the nation side by side).
     */
    private Map<Long, Map<Period, PeriodValues>> kept(List<Area> units, List<Period> periods, List<Indicator> judged) {
        AreaMap map = areas.map();
        Set<String> codes = codesRead(judged);
        Set<Long> ids = new LinkedHashSet<>();
        for (Area unit : units) {
            periods.forEach(p -> KeptValues.readOneByOne(map, unit, p).forEach(a -> ids.add(a.id())));
        }
        Map<Period, FigureTable> own = new HashMap<>(); // one table per period, shared by every unit
        byPeriod(periods, figures.of(ids, periods, codes)).forEach((p, list) -> own.put(p, FigureTable.of(list)));
        Map<Period, List<KeptRollUp>> kept = new HashMap<>();
        periods.forEach(p -> kept.put(p, new ArrayList<>()));
        keptRows.ofParts(ids, periods, codes).forEach(k -> kept.get(k.period()).add(k));
        Map<Long, Map<Period, PeriodValues>> out = new HashMap<>();
        for (Area unit : units) {
            Map<Period, PeriodValues> values = new HashMap<>();
            for (Period p : periods) {
                values.put(
                        p,
                        new KeptValues(
                                map,
                                indicators.catalogue(),
                                unit,
                                p,
                                own.get(p),
                                kept.get(p),
                                once(() -> rollUps(List.of(unit), List.of(p), judged)
                                        .get(p))));
            }
            out.put(unit.id(), values);
        }
        return out;
    }

    /** The evaluation worked out from every figure below the unit, without the kept roll-ups: what they must equal. */
    List<Evaluation> evaluateFromFigures(Actor actor, String areaCode, Period period) {
        Area area = readable(actor, areaCode, period);
        return evaluate(
                area,
                period,
                targets(area, period),
                code -> true,
                (periods, judged) -> new HashMap<>(rollUps(List.of(area), periods, judged)));
    }

    private static <T> Supplier<T> once(Supplier<T> work) {
        AtomicReference<T> held = new AtomicReference<>();
        return () -> {
            if (held.get() == null) {
                held.set(work.get());
            }
            return held.get();
        };
    }

    /** The indicators judged and those they are made from. */
    private static Set<String> codesRead(List<Indicator> judged) {
        Set<String> codes = new LinkedHashSet<>();
        for (Indicator i : judged) {
            codes.add(i.code());
            if (i.aggregation() == Aggregation.RATIO) {
                codes.add(i.numerator());
                codes.add(i.denominator());
            }
            if (i.formula() != null) {
                codes.addAll(Formula.parse(i.formula()).operands());
            }
        }
        return codes;
    }

    private static Map<Period, List<Figure>> byPeriod(List<Period> periods, List<Figure> figures) {
        Map<Period, List<Figure>> byPeriod = new HashMap<>();
        periods.forEach(p -> byPeriod.put(p, new ArrayList<>()));
        figures.forEach(f -> byPeriod.get(f.period()).add(f));
        return byPeriod;
    }

    /** One roll-up per period over every unit that may be needed, fed by a single query. */
    private Map<Period, RollUp> rollUps(List<Area> roots, List<Period> periods, List<Indicator> judged) {
        AreaMap map = areas.map();
        Map<String, Indicator> catalogue = indicators.catalogue();
        Set<Long> ids = new LinkedHashSet<>();
        periods.forEach(p -> roots.forEach(area -> map.closure(area, p).forEach(a -> ids.add(a.id()))));
        Map<Period, RollUp> out = new HashMap<>();
        byPeriod(periods, figures.of(ids, periods, codesRead(judged)))
                .forEach((p, list) -> out.put(p, new RollUp(map, catalogue, FigureTable.of(list), p)));
        return out;
    }

    private static BigDecimal valueOf(PeriodValues values, Area area, Indicator indicator) {
        return values.resolve(area, indicator).map(RollUp.PartValue::value).orElse(null);
    }
}

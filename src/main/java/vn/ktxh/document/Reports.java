package vn.ktxh.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.data.Figure;
import vn.ktxh.data.Figures;
import vn.ktxh.document.render.XhtmlRenderer;
import vn.ktxh.document.storage.NarrativeRows;
import vn.ktxh.document.storage.ReportSettingsRows;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.evaluation.Evaluator;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.investment.InvestmentStatement;
import vn.ktxh.investment.Investments;
import vn.ktxh.investment.Pace;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: the report of an area for a period as a model, as HTML and as a file; its narrative. */
@Service
public class Reports {

    private final Areas areas;
    private final Indicators indicators;
    private final Plans plans;
    private final Figures figures;
    private final Evaluations evaluations;
    private final NarrativeRows narratives;
    private final ReportSettingsRows settings;
    private final XhtmlRenderer xhtml;
    private final Map<ReportFormat, DocumentRenderer> renderers;

    private final Cycles cycles;
    private final Investments investments;

    Reports(
            Areas areas,
            Indicators indicators,
            Plans plans,
            Figures figures,
            Evaluations evaluations,
            Cycles cycles,
            NarrativeRows narratives,
            ReportSettingsRows settings,
            XhtmlRenderer xhtml,
            List<DocumentRenderer> renderers,
            Investments investments) {
        this.investments = investments;
        this.settings = settings;
        this.cycles = cycles;
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.figures = figures;
        this.evaluations = evaluations;
        this.narratives = narratives;
        this.xhtml = xhtml;
        this.renderers = renderers.stream().collect(Collectors.toMap(DocumentRenderer::format, Function.identity()));
    }

    public OfficialDocument document(Actor actor, String areaCode, Period period) {
        return ReportBuilder.build(facts(actor, areaCode, period));
    }

    public byte[] render(Actor actor, String areaCode, Period period, ReportFormat format) {
        return renderers.get(format).render(document(actor, areaCode, period));
    }

    public String html(Actor actor, String areaCode, Period period) {
        return xhtml.render(document(actor, areaCode, period));
    }

    /** "bao-cao-105-2024.docx": the name a downloaded file gets. */
    public static String fileName(String areaCode, Period period, ReportFormat format) {
        return "bao-cao-ktxh-" + areaCode + "-" + period + "." + format.extension();
    }

    public Narrative narrative(Actor actor, String areaCode, Period period) {
        Area area = areas.require(areaCode, period, "area");
        actor.requireRead(area);
        return narratives.find(area.id(), period);
    }

    /**
     * The sections of the previous report of this kind (a year before) that this report has not written yet: the
     * editor starts from last year's words rather than from a blank; a unit that did not exist then has none.
     */
    public List<Narrative.Section> previousText(Actor actor, String areaCode, Period period) {
        Narrative own = narrative(actor, areaCode, period);
        if (period.isTerm()) {
            return List.of();
        }
        Narrative previous;
        try {
            previous = narrative(actor, areaCode, period.sameOfPreviousYear());
        } catch (RejectedInput unknownThen) {
            return List.of();
        }
        return previous.sections().stream()
                .filter(s -> own.text(s.key()).isEmpty()
                        && s.text() != null
                        && !s.text().isBlank())
                .toList();
    }

    /** The section keys the editor offers, in the order the report prints them. */
    public List<String> sectionKeys() {
        return ReportSections.keys(
                indicators.catalogue().values().stream().map(Indicator::sector).toList());
    }

    /**
     * Writes the sections sent and, unless null, the particulars: a sector's section by whoever may write that sector
     * (a department its own), the rest of the text by those who submit the report; only while the report is open
     * (a draft, or reopened), under the report's lock; every change audited.
     */
    @Transactional
    public Narrative saveNarrative(Actor actor, String areaCode, Period period, Narrative narrative, String user) {
        Area area = areas.require(areaCode, period, "area");
        actor.requireRead(area);
        List<String> keys = sectionKeys();
        for (int i = 0; i < narrative.sections().size(); i++) {
            String key = narrative.sections().get(i).key();
            if (!keys.contains(key)) {
                throw new RejectedInput(
                        "sections[" + i + "].key",
                        "Mục \"%s\" không có trong báo cáo; các mục: %s".formatted(key, String.join("; ", keys)));
            }
            requireWrite(actor, area, key);
        }
        if (narrative.particulars() != null) {
            actor.requireSubmit(area);
        }
        cycles.requireOpen(List.of(new Cycles.ReportKey(area.id(), period)), "sửa nội dung báo cáo");
        Narrative before = narratives.find(area.id(), period);
        narratives.save(
                area.id(),
                period,
                narrative,
                before.changesTo(narrative),
                actor.name(user == null || user.isBlank() ? "không rõ" : user.strip()));
        return narratives.find(area.id(), period);
    }

    /** How the unit prints "% kế hoạch" in its reports; read like the unit's reports. */
    public PercentPrecision precision(Actor actor, String areaCode, Period period) {
        Area area = areas.require(areaCode, period, "area");
        actor.requireRead(area);
        return settings.precision(area.id());
    }

    /** Sets how the unit prints "% kế hoạch": a choice of those who submit the unit's reports. */
    @Transactional
    public void savePrecision(Actor actor, String areaCode, Period period, PercentPrecision precision, String user) {
        Area area = areas.require(areaCode, period, "area");
        actor.requireSubmit(area);
        settings.save(area.id(), precision, actor.name(user == null || user.isBlank() ? "không rõ" : user.strip()));
    }

    /** The keys of the sections the signed-in account may write in the unit's report, in the report's order. */
    public List<String> writableSections(Actor actor, Area area) {
        return sectionKeys().stream().filter(key -> mayWrite(actor, area, key)).toList();
    }

    /** Whether the signed-in account may write the particulars of the unit's report (số, ngày, người ký, nơi nhận). */
    public boolean particularsWritable(Actor actor, Area area) {
        return actor.may(a -> a.canSubmit(area));
    }

    /** Every change of the text of these units' reports between two instants, for the audit log. */
    public List<Narrative.Recorded> textChanges(Collection<Long> areaIds, Instant from, Instant to) {
        return narratives.changes(areaIds, from, to);
    }

    /** A sector's section is that sector's part of the report; the introduction and conclusions are the whole report's. */
    private void requireWrite(Actor actor, Area area, String key) {
        if (ReportSections.isSector(key)) {
            actor.requireWriteSector(area, key);
        } else {
            actor.requireSubmit(area);
        }
    }

    private boolean mayWrite(Actor actor, Area area, String key) {
        return actor.may(a -> ReportSections.isSector(key) ? a.canWriteSector(area, key) : a.canSubmit(area));
    }

    ReportFacts facts(Actor actor, String areaCode, Period period) {
        Area area = areas.require(areaCode, period, "area");
        List<Evaluation> judged = evaluations.evaluate(actor, areaCode, period);
        Map<String, Indicator> catalogue = indicators.catalogue();
        Map<Period, Map<String, Figure>> own = ownFigures(area, period, judged, catalogue);
        List<Evaluation> evaluated = new ArrayList<>(judged);
        evaluated.addAll(resultsWithoutTarget(period, judged, catalogue, own));
        Map<String, BigDecimal> cumulative = new HashMap<>();
        for (Evaluation e : judged) {
            termToDate(e)
                    .map(p -> own.getOrDefault(p, Map.of()).get(e.indicator().code()))
                    .ifPresent(f -> cumulative.put(e.indicator().code(), f.value()));
        }
        return new ReportFacts(
                area,
                period,
                evaluated,
                nextTargets(area, period),
                catalogue,
                narratives.find(area.id(), period),
                units(area, period, evaluated),
                plans.mainIndicators(area, period),
                cumulative,
                settings.precision(area.id()),
                investment(actor, area, period));
    }

    /** The unit's public investment of the period's year to the end of the period (of a year: to its deadline, 31/01). */
    private InvestmentStatement investment(Actor actor, Area area, Period period) {
        if (period.isTerm() || !investments.hasPlan(area, period.year())) {
            return null;
        }
        LocalDate asked = period.type() == Period.Type.YEAR ? Pace.deadline(period.year()) : period.lastDay();
        return investments.statement(actor, area, period.year(), asked);
    }

    /**
     * The unit's own figures of the period, of the same period a year before and of the term to date, by period
     * and indicator (a final figure before an estimate).
     */
    private Map<Period, Map<String, Figure>> ownFigures(
            Area area, Period period, List<Evaluation> judged, Map<String, Indicator> catalogue) {
        Set<Period> periods = new LinkedHashSet<>(List.of(period));
        if (!period.isTerm()) {
            periods.add(period.sameOfPreviousYear());
        }
        judged.forEach(e -> termToDate(e).ifPresent(periods::add));
        Map<Period, Map<String, Figure>> found = new HashMap<>();
        for (Figure f : figures.of(List.of(area.id()), periods, catalogue.keySet())) {
            found.computeIfAbsent(f.period(), p -> new HashMap<>()).merge(f.indicator(), f, Figure::preferred);
        }
        return found;
    }

    /** "2020-2024": the years of a whole-term target's term up to the evaluated year. */
    private static Optional<Period> termToDate(Evaluation e) {
        Target t = e.termTarget();
        return t != null
                        && t.period().isTerm()
                        && e.period().type() == Period.Type.YEAR
                        && e.period().year() > t.period().year()
                ? Optional.of(Period.term(t.period().year(), e.period().year()))
                : Optional.empty();
    }

    /** Results reported without a target, in catalogue order: the figure and its change against the same period. */
    private List<Evaluation> resultsWithoutTarget(
            Period period,
            List<Evaluation> judged,
            Map<String, Indicator> catalogue,
            Map<Period, Map<String, Figure>> own) {
        Set<String> done = judged.stream().map(e -> e.indicator().code()).collect(Collectors.toSet());
        Map<String, Figure> now = own.getOrDefault(period, Map.of());
        Map<String, Figure> before =
                period.isTerm() ? Map.of() : own.getOrDefault(period.sameOfPreviousYear(), Map.of());
        List<Evaluation> out = new ArrayList<>();
        for (Indicator indicator : catalogue.values()) {
            Figure figure = now.get(indicator.code());
            if (figure != null && !done.contains(indicator.code())) {
                Figure previous = before.get(indicator.code());
                out.add(Evaluator.evaluate(new Evaluator.Facts(
                        indicator,
                        period,
                        null,
                        figure.value(),
                        figure.kind(),
                        false,
                        previous == null ? null : previous.value(),
                        null,
                        null,
                        null,
                        null)));
            }
        }
        return out;
    }

    /** Next year's targets of the year's own plans — not a term plan's level for that year. */
    private List<Target> nextTargets(Area area, Period period) {
        if (period.type() != Period.Type.YEAR) {
            return List.of();
        }
        Period next = Period.year(period.year() + 1);
        Set<Long> yearPlans = plans.plansOf(area).stream()
                .filter(p -> p.period().equals(next))
                .map(Plan::id)
                .collect(Collectors.toSet());
        return plans.current(area, next).values().stream()
                .filter(t -> yearPlans.contains(t.planId()))
                .sorted(Comparator.comparing(Target::id))
                .toList();
    }

    /** The units directly under the area on the period's last day, with their reported figures (final before estimate). */
    private List<ReportFacts.UnitFigures> units(Area area, Period period, List<Evaluation> evaluated) {
        List<Area> children = areas.map().childrenOn(area, period.lastDay());
        if (children.isEmpty() || evaluated.isEmpty()) {
            return List.of();
        }
        Set<String> codes =
                evaluated.stream().map(e -> e.indicator().code()).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Map<String, Figure>> byUnit = new HashMap<>();
        for (Figure f : figures.of(children.stream().map(Area::id).toList(), period, codes)) {
            byUnit.computeIfAbsent(f.areaId(), id -> new HashMap<>()).merge(f.indicator(), f, Figure::preferred);
        }
        List<ReportFacts.UnitFigures> out = new ArrayList<>();
        for (Area child : children) {
            Map<String, BigDecimal> values = new HashMap<>();
            byUnit.getOrDefault(child.id(), Map.of()).forEach((code, f) -> values.put(code, f.value()));
            out.add(new ReportFacts.UnitFigures(child, values));
        }
        return out;
    }
}

package vn.ktxh.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportEvent;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.Reports;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.publication.storage.PublicationChoiceRows;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * The door of the module. A unit's figures of a period are published while its report is approved, and only those the
 * report itself holds as final (thực hiện): an estimate waits for its final figure, a value rolled up from units whose
 * reports are not approved is never shown. Read at every request from the report's state, so a reopening withdraws
 * the publication at the same moment.
 */
@Service
public class Publications {

    private final Areas areas;
    private final Cycles cycles;
    private final Figures figures;
    private final Evaluations evaluations;
    private final Indicators indicators;
    private final PublicationChoiceRows choices;
    private final Reports reports;

    /**
     * What was published, kept per unit, period and moment of publication. The figures of an approved report are locked,
     * and a new approval or choice is a new moment, so a kept list is never stale; the state is still read every time. A
     * target adjusted after the approval shows once the report is approved again, as the approved report reads.
     */
    private final Map<Published, List<PublishedFigure>> kept = new ConcurrentHashMap<>();

    private static final int KEPT_AT_MOST = 5_000;

    private record Published(long areaId, Period period, Instant at) {}

    Publications(
            Areas areas,
            Cycles cycles,
            Figures figures,
            Evaluations evaluations,
            Indicators indicators,
            PublicationChoiceRows choices,
            Reports reports) {
        this.choices = choices;
        this.reports = reports;
        this.areas = areas;
        this.cycles = cycles;
        this.figures = figures;
        this.evaluations = evaluations;
        this.indicators = indicators;
    }

    public Publication of(String areaCode, Period period) {
        Area area = areas.require(areaCode, period, "area");
        List<ReportEvent> events = cycles.events(area, period);
        Instant approvedAt = events.stream()
                .filter(e -> e.to() == ReportState.APPROVED)
                .map(ReportEvent::at)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (approvedAt == null) {
            return new Publication(area, period, Publication.Standing.NOT_PUBLISHED, null, List.of());
        }
        if (cycles.state(area, period) != ReportState.APPROVED) {
            return new Publication(area, period, Publication.Standing.WITHDRAWN, approvedAt, List.of());
        }
        Optional<PublicationChoice> choice = choices.latestSince(area.id(), period, approvedAt);
        if (choice.filter(c -> !c.published()).isPresent()) {
            return new Publication(area, period, Publication.Standing.WITHHELD, null, List.of());
        }
        Instant publishedAt = choice.map(PublicationChoice::at).orElse(approvedAt);
        if (kept.size() > KEPT_AT_MOST) {
            kept.clear();
        }
        List<PublishedFigure> shown =
                kept.computeIfAbsent(new Published(area.id(), period, publishedAt), key -> published(area, period));
        return new Publication(area, period, Publication.Standing.PUBLISHED, publishedAt, shown);
    }

    /**
     * The approving office withholds an approved report from the portal, or publishes it again (from now); an approval
     * publishes by itself. Only the office that may approve the unit's report chooses, and only for an approved one.
     */
    @Transactional
    public void choose(Actor actor, String areaCode, Period period, boolean publish) {
        Area area = areas.require(areaCode, period, "area");
        actor.requireApprove(area);
        if (cycles.state(area, period) != ReportState.APPROVED) {
            throw new RejectedInput(
                    "period",
                    "Báo cáo %s của %s chưa được phê duyệt nên chưa thể %s"
                            .formatted(period.label(), area.fullName(), publish ? "công bố" : "thôi công bố"));
        }
        choices.insert(area.id(), period, publish, actor.name("hệ thống"));
    }

    /** Whether the one asking is the office that approves the unit's reports (and so chooses what is published). */
    public boolean mayChoose(Actor actor, Area area) {
        return actor.access().map(a -> a.canApprove(area)).orElse(false);
    }

    /** The published report itself, as the office approved it; refused while the figures are not published. */
    public byte[] report(String areaCode, Period period, ReportFormat format) {
        Publication publication = of(areaCode, period);
        if (!publication.published()) {
            throw new RejectedInput(
                    "period",
                    "Báo cáo %s của %s chưa được công bố"
                            .formatted(period.label(), publication.area().fullName()));
        }
        return reports.render(Actor.system(), areas.map().reference(publication.area(), period), period, format);
    }

    /** The units the portal offers beside a unit: its province and the province's units below, on the period's last day. */
    public List<Area> neighbourhood(Area area, Period period) {
        Area province = area;
        while (province.parentId() != null
                && areas.map()
                        .byId(province.parentId())
                        .filter(parent -> parent.parentId() != null)
                        .isPresent()) {
            province = areas.map().byId(province.parentId()).orElseThrow();
        }
        List<Area> units = new ArrayList<>(List.of(province));
        units.addAll(areas.map().childrenOn(province, period.lastDay()));
        return units;
    }

    private List<PublishedFigure> published(Area area, Period period) {
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<Figure> finals = figures.of(List.of(area.id()), period, catalogue.keySet()).stream()
                .filter(f -> f.kind() == FigureKind.FINAL)
                .toList();
        Map<String, Evaluation> judged =
                evaluations.evaluate(Actor.system(), areas.map().reference(area, period), period).stream()
                        .filter(e -> !e.rolledUp() && e.kind() == FigureKind.FINAL && e.actual() != null)
                        .collect(Collectors.toMap(e -> e.indicator().code(), Function.identity(), (a, b) -> a));
        return finals.stream()
                .sorted(Comparator.comparing(Figure::indicator))
                .map(f -> figure(catalogue.get(f.indicator()), f, judged.get(f.indicator())))
                .toList();
    }

    private static PublishedFigure figure(Indicator indicator, Figure figure, Evaluation evaluation) {
        // the evaluation is shown only when it judged this very figure, never a value from elsewhere
        boolean same = evaluation != null && evaluation.actual().compareTo(figure.value()) == 0;
        return new PublishedFigure(
                indicator.code(),
                indicator.name(),
                indicator.unit().toString(),
                same && evaluation.target() != null ? evaluation.target().inWords(indicator.unit()) : null,
                figure.value(),
                same && evaluation.percentOfPlan() != null
                        ? evaluation.percentOfPlan().asPrinted()
                        : null,
                same && evaluation.status() != null ? evaluation.status().label() : null);
    }
}

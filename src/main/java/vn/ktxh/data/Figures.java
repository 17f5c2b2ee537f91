package vn.ktxh.data;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Areas;
import vn.ktxh.data.storage.FigureRows;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: figures are checked whole, then stored all together or not at all. */
@Service
public class Figures {

    private final FigureRows rows;
    private final Areas areas;
    private final Indicators indicators;

    private final FigureLocks locks;

    private final ApplicationEventPublisher events;

    Figures(FigureRows rows, Areas areas, Indicators indicators, FigureLocks locks, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.areas = areas;
        this.indicators = indicators;
        this.locks = locks;
    }

    /**
     * Stores every figure or, when any is refused, none; returns how many were stored. Refused: what
     * fails the checks, what the signed-in account may not enter, and figures of an approved report.
     */
    @Transactional
    public int store(Actor actor, List<FigureInput> inputs, String user, String reason) {
        return inputs.isEmpty()
                ? 0
                : storeStream(actor, FigureStream.of(inputs), user, reason).stored();
    }

    /**
     * Refuses, before anything is said about their values, figures of units or indicators the signed-in account may not
     * enter; each unit and indicator is checked once, however many figures name it.
     */
    public void requireEnter(Actor actor, List<FigureInput> inputs) {
        actor.access()
                .ifPresent(access -> new FigureCheck(areas.map(), indicators.catalogue()).requireEnter(access, inputs));
    }

    /**
     * Stores figures read one at a time from a stream (a request, a very large import), all or none: each is checked
     * as it is read — the rights on its unit and indicator first, then its values — and copied at once by COPY (new
     * figures straight into the table, corrections through the staging table), with no second pass over it; then its
     * reports are checked open. Refusals name the figure as the stream does.
     */
    @Transactional
    public StreamedFigures storeStream(Actor actor, FigureStream stream, String user, String reason) {
        FigureCheck check = new FigureCheck(areas.map(), indicators.catalogue());
        Set<FigureLocks.Report> reports = new HashSet<>();
        Set<String> indicatorsWritten = new HashSet<>();
        Map<FigureKind, Integer> perKind = new EnumMap<>(FigureKind.class);
        String by = actor.name(user);
        try (FigureRows.Staging staging = rows.stage(by)) {
            check.each(stream, actor.access(), (figure, position) -> {
                staging.add(figure, position);
                reports.add(new FigureLocks.Report(figure.areaId(), figure.period()));
                indicatorsWritten.add(figure.indicator());
                perKind.merge(figure.kind(), 1, Integer::sum);
            });
            boolean inserted = staging.finish();
            if (reports.isEmpty()) {
                throw new RejectedInput("body", "Không có số liệu nào trong yêu cầu");
            }
            locks.requireOpen(reports, "sửa"); // a refusal undoes what went straight in, with the rest
            if (!inserted) {
                merge(stream, by, reason);
            }
            staging.done();
        }
        int stored = perKind.values().stream().mapToInt(Integer::intValue).sum();
        changed(stored, reports, indicatorsWritten);
        return new StreamedFigures(stored, perKind);
    }

    private void merge(FigureStream stream, String by, String reason) {
        try {
            rows.merge(by, reason);
        } catch (FigureRows.Repeated repeat) {
            throw stream.named(FigureCheck.repeated(repeat.indicator(), repeat.period()), repeat.line());
        }
    }

    /** For loaders that already hold resolved figures (demo data, derived baselines). */
    @Transactional
    public int storeChecked(List<Figure> figures, String user, String reason) {
        rows.upsert(figures, user, reason);
        changed(
                figures.size(),
                figures.stream()
                        .map(f -> new FigureLocks.Report(f.areaId(), f.period()))
                        .collect(Collectors.toSet()),
                figures.stream().map(Figure::indicator).collect(Collectors.toSet()));
        return figures.size();
    }

    private void changed(int count, Set<FigureLocks.Report> reports, Set<String> indicatorsWritten) {
        events.publishEvent(new FiguresChanged(
                count,
                reports.stream().map(FigureLocks.Report::areaId).collect(Collectors.toUnmodifiableSet()),
                reports.stream().map(FigureLocks.Report::period).collect(Collectors.toUnmodifiableSet()),
                Set.copyOf(indicatorsWritten)));
    }

    @Transactional
    public int removeCreatedBy(String user) {
        int removed = rows.deleteCreatedBy(user);
        events.publishEvent(new FiguresChanged(removed));
        return removed;
    }

    public List<Figure> of(Collection<Long> areaIds, Period period, Collection<String> indicatorCodes) {
        return rows.find(areaIds, List.of(period), indicatorCodes);
    }

    public List<Figure> of(Collection<Long> areaIds, Collection<Period> periods, Collection<String> indicatorCodes) {
        return rows.find(areaIds, periods, indicatorCodes);
    }

    public List<FigureChange.Line> changes(Collection<Long> areaIds, Instant from, Instant to) {
        return rows.changes(areaIds, from, to);
    }

    /** Every value the figure had: its creation, then each change, oldest first. */
    public List<FigureChange> history(long areaId, Period period, String indicator) {
        return rows.history(areaId, period, indicator);
    }
}

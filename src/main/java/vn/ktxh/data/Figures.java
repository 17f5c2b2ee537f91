package vn.ktxh.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Accounts;
import vn.ktxh.area.Areas;
import vn.ktxh.data.storage.FigureRows;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.Period;

/** The door of the module: figures are checked whole, then stored all together or not at all. */
@Service
public class Figures {

    private final FigureRows rows;
    private final Areas areas;
    private final Indicators indicators;

    private final Accounts accounts;
    private final FigureLocks locks;

    private final ApplicationEventPublisher events;

    Figures(
            FigureRows rows,
            Areas areas,
            Indicators indicators,
            Accounts accounts,
            FigureLocks locks,
            ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.areas = areas;
        this.indicators = indicators;
        this.accounts = accounts;
        this.locks = locks;
    }

    /**
     * Stores every figure or, when any is refused, none; returns how many were stored. Refused: what
     * fails the checks, what the signed-in account may not enter, and figures of an approved report.
     */
    @Transactional
    public int store(List<FigureInput> inputs, String user, String reason) {
        requireEnter(inputs);
        List<CheckedFigure> checked = new FigureCheck(areas.map(), indicators.catalogue()).check(inputs);
        locks.requireOpen(
                checked.stream()
                        .map(f -> new FigureLocks.Report(f.areaId(), f.period()))
                        .collect(Collectors.toSet()),
                "sửa");
        return storeChecked(checked, accounts.currentName(user), reason);
    }

    /**
     * Refuses, before anything is said about their values, figures of units or indicators the signed-in account may not
     * enter; each unit and indicator is checked once, however many figures name it.
     */
    public void requireEnter(List<FigureInput> inputs) {
        accounts.currentAccess()
                .ifPresent(access -> new FigureCheck(areas.map(), indicators.catalogue()).requireEnter(access, inputs));
    }

    /** For loaders that already hold resolved figures (demo data, derived baselines). */
    @Transactional
    public int storeChecked(List<CheckedFigure> figures, String user, String reason) {
        rows.upsert(figures, user, reason);
        events.publishEvent(new FiguresChanged(
                figures.size(),
                figures.stream().map(CheckedFigure::areaId).collect(Collectors.toUnmodifiableSet()),
                figures.stream().map(CheckedFigure::period).collect(Collectors.toUnmodifiableSet())));
        return figures.size();
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

package vn.ktxh.data;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    Figures(FigureRows rows, Areas areas, Indicators indicators) {
        this.rows = rows;
        this.areas = areas;
        this.indicators = indicators;
    }

    /** Stores every figure or, when any is refused, none; returns how many were stored. */
    @Transactional
    public int store(List<FigureInput> inputs, String user, String reason) {
        List<CheckedFigure> checked = new FigureCheck(areas.map(), indicators.catalogue()).check(inputs);
        return storeChecked(checked, user, reason);
    }

    /** For loaders that already hold resolved figures (demo data, derived baselines). */
    @Transactional
    public int storeChecked(List<CheckedFigure> figures, String user, String reason) {
        rows.upsert(figures, user, reason);
        return figures.size();
    }

    @Transactional
    public int removeRecordedBy(String user) {
        return rows.deleteRecordedBy(user);
    }

    public List<Figure> of(Collection<Long> areaIds, Period period, Collection<String> indicatorCodes) {
        return rows.find(areaIds, List.of(period), indicatorCodes);
    }

    public List<Figure> of(Collection<Long> areaIds, Collection<Period> periods, Collection<String> indicatorCodes) {
        return rows.find(areaIds, periods, indicatorCodes);
    }

    public List<FigureChange> history(long areaId, Period period, String indicator) {
        return rows.history(areaId, period, indicator);
    }
}

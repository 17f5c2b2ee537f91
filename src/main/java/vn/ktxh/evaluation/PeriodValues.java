package vn.ktxh.evaluation;

import java.util.Optional;
import vn.ktxh.area.Area;
import vn.ktxh.data.Figure;
import vn.ktxh.indicator.Indicator;

/** What an evaluation reads of one period: a unit's own figure, and its value (own, or made from its parts). */
interface PeriodValues {

    Optional<Figure> reported(Area area, Indicator indicator);

    Optional<RollUp.PartValue> resolve(Area area, Indicator indicator);
}

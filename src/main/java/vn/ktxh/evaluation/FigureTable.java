package vn.ktxh.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.ktxh.data.Figure;

/** The figures of one period by area and indicator, the final figure preferred over the estimate. */
public final class FigureTable {

    private final Map<Long, Map<String, Figure>> byArea = new HashMap<>();

    public static FigureTable of(Iterable<Figure> figures) {
        FigureTable table = new FigureTable();
        for (Figure figure : figures) {
            table.byArea
                    .computeIfAbsent(figure.areaId(), k -> new HashMap<>())
                    .merge(figure.indicator(), figure, Figure::preferred);
        }
        return table;
    }

    public Optional<Figure> get(long areaId, String indicator) {
        return Optional.ofNullable(byArea.getOrDefault(areaId, Map.of()).get(indicator));
    }

    public Optional<BigDecimal> value(long areaId, String indicator) {
        return get(areaId, indicator).map(Figure::value);
    }
}

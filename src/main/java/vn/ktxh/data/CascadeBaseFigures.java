package vn.ktxh.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktxh.plan.BaseFigures;
import vn.ktxh.shared.Period;

/** Last year's figures for the cascade grid: the final figure where reported, else the estimate. */
@Component
class CascadeBaseFigures implements BaseFigures {

    private final Figures figures;

    CascadeBaseFigures(Figures figures) {
        this.figures = figures;
    }

    @Override
    public Map<Long, BigDecimal> of(String indicator, Collection<Long> areaIds, Period period) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Figure f : figures.of(areaIds, period, List.of(indicator))) {
            if (f.kind() == FigureKind.FINAL || !out.containsKey(f.areaId())) {
                out.put(f.areaId(), f.value());
            }
        }
        return out;
    }
}

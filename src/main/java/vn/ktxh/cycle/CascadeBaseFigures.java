package vn.ktxh.cycle;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktxh.data.Figure;
import vn.ktxh.data.Figures;
import vn.ktxh.plan.BaseFigures;
import vn.ktxh.shared.Period;

/** Last year's reported figures for the plan's cascade grid: the final figure where reported, else the estimate. */
@Component
class CascadeBaseFigures implements BaseFigures {

    private final Figures figures;

    CascadeBaseFigures(Figures figures) {
        this.figures = figures;
    }

    @Override
    public Map<Long, BigDecimal> of(String indicator, Collection<Long> areaIds, Period period) {
        Map<Long, Figure> preferred = new HashMap<>();
        figures.of(areaIds, period, List.of(indicator)).forEach(f -> preferred.merge(f.areaId(), f, Figure::preferred));
        Map<Long, BigDecimal> out = new HashMap<>();
        preferred.forEach((area, figure) -> out.put(area, figure.value()));
        return out;
    }
}

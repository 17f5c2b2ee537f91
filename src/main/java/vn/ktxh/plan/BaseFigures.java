package vn.ktxh.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import vn.ktxh.shared.Period;

/**
 * The figures a cascade is pre-filled from (last year's, the population), supplied by the module that keeps figures:
 * figures depend on plans, so plans ask through this port rather than depend back.
 */
public interface BaseFigures {

    /** Each area's figure of the indicator for the period (the final one where there is one), by area id. */
    Map<Long, BigDecimal> of(String indicator, Collection<Long> areaIds, Period period);
}

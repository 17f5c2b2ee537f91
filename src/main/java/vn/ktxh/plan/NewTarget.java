package vn.ktxh.plan;

import java.math.BigDecimal;
import vn.ktxh.shared.Period;

/** A target to record in a plan (a first version, or an adjustment when one exists). */
public record NewTarget(
        String indicator,
        String areaCode,
        Period period,
        TargetForm form,
        BigDecimal value,
        BigDecimal ofTotal,
        Period basePeriod,
        BigDecimal baseValue,
        boolean derived,
        String note,
        Decision decision) {}

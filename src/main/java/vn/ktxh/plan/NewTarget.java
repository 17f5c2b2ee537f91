package vn.ktxh.plan;

import vn.ktxh.shared.Period;

/** A target to record in a plan (a first version, or an adjustment when one exists). */
public record NewTarget(
        String indicator,
        String areaCode,
        Period period,
        TargetStatement statement,
        boolean derived,
        String note,
        Decision decision) {}

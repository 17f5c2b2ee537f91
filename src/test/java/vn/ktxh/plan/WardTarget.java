package vn.ktxh.plan;

import java.math.BigDecimal;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;

/** A test's own plan of phường Tân Phong for a year, decided by the level above, with one target: GD06 at a value. */
public final class WardTarget {

    private WardTarget() {}

    /** The plan's id. */
    public static long set(Plans plans, Period year, BigDecimal value, String title, String decisionNumber) {
        long plan = plans.create(
                        Actor.system(),
                        new NewPlan(
                                "03408",
                                year,
                                title,
                                new Decision(decisionNumber, year.firstDay(), "cấp trên (thử)"),
                                DecidedBy.LEVEL_ABOVE,
                                false))
                .id();
        plans.set(
                Actor.system(),
                plan,
                new NewTarget("GD06", "03408", year, TargetStatement.of(TargetForm.VALUE, value), false, null, null));
        return plan;
    }
}

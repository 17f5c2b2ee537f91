package vn.ktxh.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ktxh.account.Actor;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.Areas;
import vn.ktxh.area.NewArea;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

/**
 * A made-up province at national scale for benchmarks: codes B0000 (province) and B0001…, indicators
 * BI001…, every tenth a rate of the two before it, the rest sums; province targets for the given periods.
 */
public final class SyntheticProvince {

    public static final String PROVINCE = "B0000";

    private SyntheticProvince() {}

    public static List<String> create(
            Areas areas,
            Indicators indicators,
            Plans plans,
            int communes,
            int indicatorCount,
            List<Period> targetPeriods) {
        LocalDate from = LocalDate.of(2025, 7, 1);
        areas.record(new NewArea(PROVINCE, "Thử nghiệm", AreaKind.PROVINCE, null, from, null, true));
        for (int c = 1; c <= communes; c++) {
            areas.record(new NewArea(commune(c), "Thử nghiệm " + c, AreaKind.COMMUNE, PROVINCE, from, null, true));
        }
        List<Indicator> catalogue = catalogue("BI", indicatorCount);
        indicators.record(catalogue);
        Random random = new Random(1);
        for (Period period : targetPeriods) {
            setTargets(plans, PROVINCE, period, catalogue, new Decision("1/QĐ-UBND", null, "UBND tỉnh"), random);
        }
        return catalogue.stream().map(Indicator::code).toList();
    }

    /** A plan of the unit's own for the period, with a random target for every indicator of the catalogue. */
    public static void setTargets(
            Plans plans, String unit, Period period, List<Indicator> catalogue, Decision decision, Random random) {
        Plan plan = plans.create(
                Actor.system(),
                new NewPlan(unit, period, "Kế hoạch thử " + period, decision, DecidedBy.OWN_UNIT, false));
        for (Indicator i : catalogue) {
            plans.set(
                    Actor.system(),
                    plan.id(),
                    new NewTarget(
                            i.code(),
                            unit,
                            period,
                            TargetStatement.of(TargetForm.VALUE, BigDecimal.valueOf(random.nextInt(1, 1_000_000), 1)),
                            false,
                            null,
                            null));
        }
    }

    /** Indicators PREFIX001…: every tenth a rate of the two before it, the rest sums. */
    public static List<Indicator> catalogue(String prefix, int count) {
        List<Indicator> catalogue = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean rate = i % 10 == 0;
            catalogue.add(new Indicator(
                    code(prefix, i),
                    "Chỉ tiêu thử " + i,
                    UnitOfMeasure.of(rate ? "%" : "người"),
                    "kinh tế chung",
                    i % 7 == 0 ? Direction.DOWN : Direction.UP,
                    rate ? Aggregation.RATIO : Aggregation.SUM,
                    rate ? code(prefix, i - 2) : null,
                    rate ? code(prefix, i - 1) : null,
                    rate ? BigDecimal.valueOf(100) : null,
                    List.of("tỉnh", "xã"),
                    null,
                    BigDecimal.ZERO,
                    null));
        }
        return catalogue;
    }

    private static String code(String prefix, int n) {
        return prefix + "%03d".formatted(n);
    }

    public static String commune(int n) {
        return "B%04d".formatted(n);
    }

    public static String indicator(int n) {
        return code("BI", n);
    }
}

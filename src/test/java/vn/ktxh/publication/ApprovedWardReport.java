package vn.ktxh.publication;

import java.math.BigDecimal;
import java.util.List;
import vn.ktxh.account.Actor;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState.Move;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.WardTarget;
import vn.ktxh.shared.Period;

/**
 * What the portal and the open data are asked about: phường Tân Phong's report of a year approved, with a final figure
 * (GD06 95,5 against a target of 90) and an estimate (KT02 71,3), and phường Đoàn Kết's final figure 88,8 in a report
 * not approved. Each test class takes a year of its own.
 */
final class ApprovedWardReport {

    private ApprovedWardReport() {}

    static void prepare(Plans plans, Figures figures, Cycles cycles, Period year, String decisionNumber) {
        WardTarget.set(plans, year, new BigDecimal("90"), "Kế hoạch thử công khai", decisionNumber);
        String y = year.toString();
        figures.store(
                Actor.system(),
                List.of(
                        new FigureInput("GD06", "03408", y, "FINAL", "95,5", null, "thử"),
                        new FigureInput("KT02", "03408", y, "ESTIMATE", "71,3", null, "thử")),
                "thu",
                null);
        cycles.move(Actor.system(), "03408", year, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03408", year, Move.APPROVE, null);
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03388", y, "FINAL", "88,8", null, "thử")),
                "thu",
                null);
    }
}

package vn.ktxh.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Actor;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.evaluation.RollUp;
import vn.ktxh.shared.Json;
import vn.ktxh.shared.Period;

@RestController
@RequestMapping("/api/v1")
class EvaluationApi {

    record EvaluationJson(
            String indicator,
            String name,
            String unit,
            BigDecimal target,
            String comparator,
            String targetForm,
            BigDecimal levelToReach,
            boolean targetDerived,
            BigDecimal value,
            String kind,
            boolean rolledUp,
            BigDecimal percentOfPlan,
            String status,
            String statusLabel,
            BigDecimal changePercent,
            String termPeriod,
            BigDecimal termTarget,
            BigDecimal percentOfTermTarget,
            String remark) {}

    record PartJson(String code, String name, BigDecimal weight, BigDecimal value, boolean rolledUp) {}

    record RollUpJson(
            String area,
            String name,
            String period,
            String indicator,
            String unit,
            String aggregation,
            BigDecimal value,
            List<PartJson> contributors,
            List<String> missing,
            String remark) {}

    private final Evaluations evaluations;

    EvaluationApi(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluations")
    List<EvaluationJson> evaluations(Actor actor, @RequestParam String area, @RequestParam String period) {
        return evaluations.evaluate(actor, area, Period.parse(period)).stream()
                .map(EvaluationApi::json)
                .toList();
    }

    @GetMapping("/rollups")
    RollUpJson rollUp(
            Actor actor, @RequestParam String area, @RequestParam String period, @RequestParam String indicator) {
        RollUp.Result r = evaluations.rollUp(actor, area, Period.parse(period), indicator);
        return new RollUpJson(
                r.area().code(),
                r.area().fullName(),
                r.period().toString(),
                r.indicator().code(),
                r.indicator().unit().name(),
                r.indicator().aggregation().name(),
                Json.plain(r.value()),
                r.parts().stream()
                        .map(p -> new PartJson(
                                p.area().code(),
                                p.area().fullName(),
                                Json.plain(p.weight()),
                                Json.plain(p.value()),
                                p.rolledUp()))
                        .toList(),
                r.missing().stream().map(a -> a.code() + " " + a.fullName()).toList(),
                r.reason());
    }

    private static EvaluationJson json(Evaluation e) {
        var t = e.target();
        var term = e.termTarget();
        return new EvaluationJson(
                e.indicator().code(),
                e.indicator().name(),
                e.indicator().unit().name(),
                t == null ? null : Json.plain(t.value()),
                t == null ? null : t.form().comparator(),
                t == null ? null : t.form().name(),
                Json.plain(e.levelToReach()),
                t != null && t.derived(),
                Json.plain(e.actual()),
                e.kind() == null ? null : e.kind().name(),
                e.rolledUp(),
                e.percentOfPlan() == null ? null : e.percentOfPlan().asPrinted(),
                e.status() == null ? null : e.status().name(),
                e.status() == null ? null : e.status().label(),
                e.change() == null ? null : e.change().asPrinted(),
                term == null ? null : term.period().toString(),
                term == null ? null : Json.plain(term.value()),
                e.percentOfTermTarget() == null ? null : e.percentOfTermTarget().asPrinted(),
                e.remark());
    }
}

package vn.ktxh.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
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
import vn.ktxh.shared.files.Csv;

/**
 * The catalogue, plans, targets and figures read from the seed documents (files {@code indicators.csv},
 * {@code plans.csv}, {@code targets.csv}, {@code figures.csv}; see {@code demo/README.md}).
 * Figures go through the same checks as any upload.
 */
final class SeedPlans {

    static final String DEMO_USER = "demo";

    private final Indicators indicators;
    private final Plans plans;
    private final Figures figures;
    private final DemoFiles files;

    SeedPlans(Indicators indicators, Plans plans, Figures figures, DemoFiles files) {
        this.indicators = indicators;
        this.plans = plans;
        this.figures = figures;
        this.files = files;
    }

    void load() {
        indicators.record(
                files.rows("indicators.csv").stream().map(SeedPlans::indicator).toList());
        Map<String, Plan> byKey = new HashMap<>();
        for (Csv.Row row : files.rows("plans.csv")) {
            Decision decision =
                    new Decision(row.get("document_number"), date(row.get("document_date")), row.get("issuer"));
            byKey.put(
                    row.require("key"),
                    plans.create(
                            Actor.system(),
                            new NewPlan(
                                    row.require("area_code"),
                                    Period.parse(row.require("period")),
                                    row.require("title"),
                                    decision,
                                    DecidedBy.valueOf(row.require("decided_by")),
                                    true)));
        }
        for (Csv.Row row : files.rows("targets.csv")) {
            Plan plan = byKey.get(row.require("plan"));
            plans.set(
                    Actor.system(),
                    plan.id(),
                    new NewTarget(
                            row.require("indicator"),
                            row.require("area_code"),
                            Period.parse(row.require("period")),
                            new TargetStatement(
                                    TargetForm.valueOf(row.require("form")),
                                    decimal(row.require("value")),
                                    decimal(row.get("of_total")),
                                    row.get("base_period") == null ? null : Period.parse(row.get("base_period")),
                                    decimal(row.get("base_value"))),
                            Boolean.parseBoolean(row.get("derived")),
                            DemoNotes.targetNote(Boolean.parseBoolean(row.get("derived")), row.get("note")),
                            null));
        }
        for (Csv.Row row : files.rows("main-indicators.csv")) {
            plans.markMain(Actor.system(), byKey.get(row.require("plan")).id(), row.require("indicator"), true);
        }
        figures.store(
                Actor.system(),
                files.rows("figures.csv").stream().map(SeedPlans::figure).toList(),
                DEMO_USER,
                "Dữ liệu mẫu từ các văn bản gốc");
    }

    private static Indicator indicator(Csv.Row r) {
        String levels = r.get("levels");
        return new Indicator(
                r.require("code"),
                r.require("name"),
                UnitOfMeasure.of(r.require("unit")),
                r.require("sector"),
                Direction.valueOf(r.require("direction")),
                Aggregation.valueOf(r.require("aggregation")),
                r.get("numerator"),
                r.get("denominator"),
                decimal(r.get("ratio_scale")),
                levels == null ? List.of() : Arrays.asList(levels.split(";")),
                null,
                decimal(r.get("min_value")),
                decimal(r.get("max_value")));
    }

    private static FigureInput figure(Csv.Row r) {
        return new FigureInput(
                r.require("indicator"),
                r.require("area_code"),
                r.require("period"),
                r.require("kind"),
                decimal(r.require("value")),
                r.get("unit"),
                DemoNotes.source(r.get("source")));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}

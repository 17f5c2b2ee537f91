package vn.ktxh.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.files.Csv;
import vn.ktxh.task.Agencies;
import vn.ktxh.task.Agency;
import vn.ktxh.task.NewProgress;
import vn.ktxh.task.NewTask;
import vn.ktxh.task.TaskDates;
import vn.ktxh.task.Tasks;

/**
 * The tasks of seed 001 (phường Đoàn Kết 2026) with the ward's offices ({@code agencies.csv}, {@code tasks.csv}, each
 * row citing its seed line), and invented progress marked "minh họa" ({@code task-progress.csv}), chosen so that on
 * 2026-11-23 every status shows. They go through the same door and checks as any task.
 */
final class SeedTasks {

    private final Areas areas;
    private final Plans plans;
    private final Agencies agencies;
    private final Tasks tasks;
    private final DemoFiles files;

    SeedTasks(Areas areas, Plans plans, Agencies agencies, Tasks tasks, DemoFiles files) {
        this.areas = areas;
        this.plans = plans;
        this.agencies = agencies;
        this.tasks = tasks;
        this.files = files;
    }

    void load() {
        for (Csv.Row row : files.rows("agencies.csv")) {
            Agency agency = agencies.create(
                    Actor.system(),
                    row.require("area_code"),
                    row.require("name"),
                    Boolean.parseBoolean(row.get("synthesis")),
                    null,
                    true);
            if (row.get("members") != null) {
                Arrays.stream(row.get("members").split(";"))
                        .map(String::strip)
                        .forEach(m -> agencies.addMember(Actor.system(), agency.id(), m));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (Csv.Row row : files.rows("tasks.csv")) {
            Area area = areas.find(row.require("area_code"), null).orElseThrow();
            Period period = Period.parse(row.require("plan_period"));
            Plan plan = plans.plansOf(area).stream()
                    .filter(p -> p.period().equals(period))
                    .findFirst()
                    .orElseThrow();
            NewTask task = new NewTask(
                    area.code(),
                    plan.id(),
                    null,
                    row.get("section"),
                    row.require("title"),
                    null,
                    null,
                    null,
                    "UBND " + area.fullName(),
                    row.require("lead"),
                    row.get("cooperating") == null ? List.of() : List.of(row.get("cooperating")),
                    row.get("start"),
                    row.require("due"),
                    list(row.get("indicators")),
                    row.get("priority"),
                    DemoNotes.taskSource("001", row.get("section")));
            ids.put(
                    row.require("key"),
                    tasks.create(Actor.system(), task, period.lastDay()).task().id());
        }
        for (Csv.Row row : files.rows("task-extensions.csv")) {
            tasks.extend(
                    Actor.system(),
                    ids.get(row.require("task")),
                    row.get("period"),
                    TaskDates.read(row.require("new_date")).orElseThrow(),
                    row.require("reason"),
                    LocalDate.parse(row.require("on")));
        }
        for (Csv.Row row : files.rows("task-progress.csv")) {
            tasks.report(
                    Actor.system(),
                    ids.get(row.require("task")),
                    new NewProgress(
                            row.require("period"),
                            Integer.valueOf(row.require("percent")),
                            row.require("text"),
                            row.get("problems"),
                            row.get("proposals")),
                    LocalDate.parse(row.require("reported_on")));
        }
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).toList();
    }
}

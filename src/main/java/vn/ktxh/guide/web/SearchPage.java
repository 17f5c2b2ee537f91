package vn.ktxh.guide.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.Period;
import vn.ktxh.task.TaskView;
import vn.ktxh.task.Tasks;

/**
 * Tìm kiếm (the box of the navigation bar): units, indicators, plans and tasks whose name contains the words typed,
 * without diacritics or case ("tan phong" finds "Tân Phong"); plans only of the units the account reads, tasks of its own unit.
 */
@Controller
class SearchPage {

    static final int SHOWN = 30;

    /** A plan found, with the unit it belongs to and how its page names that unit. */
    record FoundPlan(Plan plan, Area unit, String ref) {}

    private final Areas areas;
    private final Indicators indicators;
    private final Plans plans;
    private final Tasks tasks;
    private final Accounts accounts;
    private final Workplace workplace;

    SearchPage(Areas areas, Indicators indicators, Plans plans, Tasks tasks, Accounts accounts, Workplace workplace) {
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.tasks = tasks;
        this.accounts = accounts;
        this.workplace = workplace;
    }

    @GetMapping("/tim-kiem")
    String search(Actor actor, @RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        if (q.isEmpty()) {
            return "guide/search";
        }
        String folded = FoldedText.fold(q);
        AreaMap map = areas.map();
        List<Area> readable = readable(actor, map);
        model.addAttribute("units", map.asOf(null, q).stream().limit(SHOWN).toList()); // the list of units is public
        model.addAttribute(
                "indicators", indicators.search(q).stream().limit(SHOWN).toList());
        List<FoundPlan> foundPlans = new ArrayList<>();
        List<TaskView> foundTasks = new ArrayList<>();
        for (Area unit : readable) {
            for (Plan plan : plans.plansOf(unit)) {
                if (FoldedText.fold(plan.title()).contains(folded)) {
                    Period shown =
                            plan.period().isTerm() ? Period.year(plan.period().endYear()) : plan.period();
                    foundPlans.add(new FoundPlan(plan, unit, map.reference(unit, shown)));
                }
            }
        }
        Area home = workplace.home(actor, map);
        if (actor.account().isPresent()) {
            tasks.list(actor, new Tasks.Filter(home.code(), null, null, null), workplace.today()).stream()
                    .filter(t -> FoldedText.fold(t.task().title()).contains(folded))
                    .limit(SHOWN)
                    .forEach(foundTasks::add);
        }
        model.addAttribute("plans", foundPlans.stream().limit(SHOWN).toList());
        model.addAttribute("tasks", foundTasks);
        return "guide/search";
    }

    /** The units the account reads: its own unit and every unit ever under it (all, for an administrator of everything). */
    private List<Area> readable(Actor actor, AreaMap map) {
        boolean everything = actor.account().map(a -> a.areaId() == null).orElse(true);
        return everything ? map.asOf(null, "") : map.subtreeEver(workplace.home(actor, map));
    }
}

package vn.ktxh.plan;

import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.ktxh.account.YearsOfWork;
import vn.ktxh.area.Area;

/** The years a unit's plans cover (a term plan covers each of its years): where its pages open when this year has none. */
@Component
class PlanYears implements YearsOfWork {

    private final Plans plans;

    PlanYears(Plans plans) {
        this.plans = plans;
    }

    @Override
    public SortedSet<Integer> of(Area area) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Plan plan : plans.plansOf(area)) {
            for (int y = plan.period().year(); y <= plan.period().endYear(); y++) {
                years.add(y);
            }
        }
        return years;
    }
}

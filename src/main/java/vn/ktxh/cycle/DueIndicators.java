package vn.ktxh.cycle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/**
 * Chỉ tiêu phải báo cáo: the indicators a unit reports in a period. Every indicator with a target for the period itself;
 * within a year (a month, a quarter, 6 or 9 months) also every indicator with a target for the year that is reported in
 * periods of that kind, shown with the year's target. The entry form, the Excel template, the upload check and who is
 * late all ask this one rule.
 */
public final class DueIndicators {

    private DueIndicators() {}

    /** By indicator code, in the order the targets were set; the target shown beside each. */
    public static Map<String, Target> of(
            Period period,
            Map<String, Target> ofPeriod,
            Map<String, Target> ofYear,
            BiPredicate<String, Period.Type> reportedIn) {
        Map<String, Target> due = new LinkedHashMap<>();
        ofPeriod.values().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> due.put(t.indicator(), t));
        if (withinAYear(period)) {
            ofYear.values().stream()
                    .sorted(Comparator.comparing(Target::id))
                    .filter(t -> reportedIn.test(t.indicator(), period.type()))
                    .forEach(t -> due.putIfAbsent(t.indicator(), t));
        }
        return due;
    }

    static boolean withinAYear(Period period) {
        return period.type() != Period.Type.YEAR && !period.isTerm();
    }
}

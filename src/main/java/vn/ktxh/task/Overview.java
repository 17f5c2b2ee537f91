package vn.ktxh.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tình hình thực hiện nhiệm vụ: for each agency the count of the tasks it leads by status, the totals of the
 * area, and the overdue tasks, the longest overdue first.
 */
public record Overview(List<AgencyCounts> agencies, Map<TaskStatus, Integer> total, List<TaskView> overdue) {

    public record AgencyCounts(Agency agency, Map<TaskStatus, Integer> counts) {

        public int count(TaskStatus status) {
            return counts.getOrDefault(status, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static Overview of(List<Agency> agencies, List<TaskView> tasks) {
        Map<Long, Map<TaskStatus, Integer>> byAgency = new LinkedHashMap<>();
        agencies.forEach(a -> byAgency.put(a.id(), zeros()));
        Map<TaskStatus, Integer> total = zeros();
        for (TaskView view : tasks) {
            byAgency.computeIfAbsent(view.lead().id(), id -> zeros())
                    .merge(view.state().status(), 1, Integer::sum);
            total.merge(view.state().status(), 1, Integer::sum);
        }
        List<AgencyCounts> rows = new ArrayList<>();
        for (Agency agency : agencies) {
            rows.add(new AgencyCounts(agency, byAgency.get(agency.id())));
        }
        List<TaskView> overdue = tasks.stream()
                .filter(v -> v.state().overdue())
                .sorted(Comparator.comparing((TaskView v) -> v.state().due())
                        .thenComparing(v -> v.task().id()))
                .toList();
        return new Overview(rows, total, overdue);
    }

    public int count(TaskStatus status) {
        return total.getOrDefault(status, 0);
    }

    private static Map<TaskStatus, Integer> zeros() {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
        return counts;
    }
}

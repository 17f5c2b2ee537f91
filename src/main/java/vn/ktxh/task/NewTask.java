package vn.ktxh.task;

import java.util.List;

/**
 * A task as written by a person, in a request or a sheet row: agency names, dates as "30/06/2026" (or ISO),
 * cooperating agencies as names or comma-separated text (split by {@link AgencyDirectory#split}),
 * the deadline as a date or "Hằng tháng", "Hằng quý", "Hằng năm", "Thường xuyên". {@link TaskCheck} reads it.
 */
public record NewTask(
        String areaCode,
        Long planId,
        Long parentId,
        String section,
        String title,
        String content,
        String documentNumber,
        String documentDate,
        String documentIssuer,
        String leadAgency,
        List<String> cooperatingAgencies,
        String start,
        String due,
        List<String> indicators,
        String priority,
        String source) {

    public NewTask {
        cooperatingAgencies = cooperatingAgencies == null ? List.of() : List.copyOf(cooperatingAgencies);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}

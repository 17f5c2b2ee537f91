package vn.ktxh.task.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import vn.ktxh.task.Agency;
import vn.ktxh.task.Progress;
import vn.ktxh.task.Task;
import vn.ktxh.task.TaskView;

/**
 * A task as the API answers it: its own fields as they are, then names rather than ids, the document's parts, the
 * status with its Vietnamese label and the priority's label.
 */
record TaskJson(
        // the task's fields that the answer writes otherwise (names, parts, a label) or not at all
        @JsonUnwrapped
        @JsonIgnoreProperties({"areaId", "document", "leadAgencyId", "cooperatingAgencyIds", "priority", "extensions"})
        Task task,

        String documentNumber,
        LocalDate documentDate,
        String documentIssuer,
        AgencyJson leadAgency,
        List<AgencyJson> cooperatingAgencies,
        LocalDate due,
        String period,
        String status,
        String statusLabel,
        int percent,
        String priority,
        List<ExtensionJson> extensions) {

    record AgencyJson(long id, String name) {
        static AgencyJson of(Agency a) {
            return new AgencyJson(a.id(), a.name());
        }
    }

    record ExtensionJson(
            String period, LocalDate oldDate, LocalDate newDate, String reason, String extendedBy, String extendedAt) {}

    static TaskJson of(TaskView v) {
        var t = v.task();
        return new TaskJson(
                t,
                t.document().number(),
                t.document().date(),
                t.document().issuer(),
                AgencyJson.of(v.lead()),
                v.cooperating().stream().map(AgencyJson::of).toList(),
                v.state().due(),
                v.state().period() == null ? null : v.state().period().toString(),
                v.state().status().name(),
                v.state().status().label(),
                v.state().percent(),
                t.priority().label(),
                t.extensions().stream()
                        .map(e -> new ExtensionJson(
                                e.period() == null ? null : e.period().toString(),
                                e.oldDate(),
                                e.newDate(),
                                e.reason(),
                                e.extendedBy(),
                                e.extendedAt().toString()))
                        .toList());
    }
}

/** A progress report as the API answers it, its period written as the API reads it ("2026-M11") and labelled. */
record ProgressJson(
        @JsonUnwrapped @JsonIgnoreProperties({"taskId", "period"})
        Progress progress,

        String period,
        String periodLabel) {

    static ProgressJson of(Progress p) {
        return new ProgressJson(p, p.period().toString(), p.period().label());
    }
}

package vn.ktxh.task.web;

import java.time.LocalDate;
import java.util.List;
import vn.ktxh.task.Agency;
import vn.ktxh.task.Attachment;
import vn.ktxh.task.Progress;
import vn.ktxh.task.TaskView;

/** A task as the API answers it: names rather than ids, the status with its Vietnamese label. */
record TaskJson(
        long id,
        Long planId,
        Long parentId,
        String section,
        String title,
        String content,
        String documentNumber,
        LocalDate documentDate,
        String documentIssuer,
        AgencyJson leadAgency,
        List<AgencyJson> cooperatingAgencies,
        LocalDate start,
        LocalDate end,
        String recurrence,
        LocalDate due,
        String period,
        String status,
        String statusLabel,
        int percent,
        List<String> indicators,
        String priority,
        String source,
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
                t.id(),
                t.planId(),
                t.parentId(),
                t.section(),
                t.title(),
                t.content(),
                t.document().number(),
                t.document().date(),
                t.document().issuer(),
                AgencyJson.of(v.lead()),
                v.cooperating().stream().map(AgencyJson::of).toList(),
                t.start(),
                t.end(),
                t.recurrence().name(),
                v.state().due(),
                v.state().period() == null ? null : v.state().period().toString(),
                v.state().status().name(),
                v.state().status().label(),
                v.state().percent(),
                t.indicators(),
                t.priority().label(),
                t.source(),
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

/** A progress report as the API answers it, its period written as the API reads it ("2026-M11"). */
record ProgressJson(
        long id,
        String period,
        String periodLabel,
        LocalDate reportedOn,
        int percent,
        String text,
        String problems,
        String proposals,
        String reportedBy,
        List<Attachment> attachments) {

    static ProgressJson of(Progress p) {
        return new ProgressJson(
                p.id(),
                p.period().toString(),
                p.period().label(),
                p.reportedOn(),
                p.percent(),
                p.text(),
                p.problems(),
                p.proposals(),
                p.reportedBy(),
                p.attachments());
    }
}

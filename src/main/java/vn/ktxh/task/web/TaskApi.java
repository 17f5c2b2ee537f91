package vn.ktxh.task.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.task.Agencies;
import vn.ktxh.task.Agency;
import vn.ktxh.task.Attachment;
import vn.ktxh.task.NewProgress;
import vn.ktxh.task.NewTask;
import vn.ktxh.task.Overview;
import vn.ktxh.task.Progress;
import vn.ktxh.task.Reminder;
import vn.ktxh.task.TaskDetail;
import vn.ktxh.task.TaskStatus;
import vn.ktxh.task.Tasks;
import vn.ktxh.task.storage.ProgressRows;

/** Nhiệm vụ over HTTP: list, create, extend, report progress, overviews, reminders, import and export. */
@RestController
@RequestMapping("/api/v1")
class TaskApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Tasks tasks;
    private final Agencies agencies;
    private final TaskSheets sheets;
    private final ProgressDocuments documents;
    private final Today today;

    TaskApi(Tasks tasks, Agencies agencies, TaskSheets sheets, ProgressDocuments documents, Today today) {
        this.tasks = tasks;
        this.agencies = agencies;
        this.sheets = sheets;
        this.documents = documents;
        this.today = today;
    }

    record ExtensionRequest(
            String period,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
            String reason) {}

    @GetMapping("/tasks")
    List<TaskJson> list(
            Actor actor,
            @RequestParam String area,
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        return tasks
                .list(
                        actor,
                        new Tasks.Filter(area, agency, TaskStatus.read(status).orElse(null), dueBefore),
                        this.today.or(today))
                .stream()
                .map(TaskJson::of)
                .toList();
    }

    @PostMapping("/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    TaskJson create(Actor actor, @RequestBody NewTask task) {
        return TaskJson.of(tasks.create(actor, task, today.or(null)));
    }

    @GetMapping("/tasks/{id:\\d+}")
    Map<String, Object> get(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        TaskDetail detail = tasks.get(actor, id, this.today.or(today));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", TaskJson.of(detail.view()));
        out.put("progress", detail.progress().stream().map(ProgressJson::of).toList());
        out.put("subtasks", detail.subtasks().stream().map(TaskJson::of).toList());
        out.put("canReport", detail.canReport());
        out.put("canManage", detail.canManage());
        return out;
    }

    @PostMapping("/tasks/{id:\\d+}/extensions")
    TaskJson extend(Actor actor, @PathVariable long id, @RequestBody ExtensionRequest request) {
        return TaskJson.of(
                tasks.extend(actor, id, request.period(), request.newDate(), request.reason(), today.or(null)));
    }

    @GetMapping("/tasks/{id:\\d+}/progress")
    List<ProgressJson> progress(Actor actor, @PathVariable long id) {
        return tasks.progress(actor, id).stream().map(ProgressJson::of).toList();
    }

    @PostMapping("/tasks/{id:\\d+}/progress")
    ProgressJson report(Actor actor, @PathVariable long id, @RequestBody NewProgress progress) {
        return ProgressJson.of(tasks.report(actor, id, progress, today.or(null)));
    }

    @PostMapping(
            path = "/tasks/{id:\\d+}/progress/{progressId:\\d+}/attachments",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Attachment attach(
            Actor actor, @PathVariable long id, @PathVariable long progressId, @RequestParam MultipartFile file)
            throws IOException {
        return tasks.attach(actor, id, progressId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/tasks/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> file(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        ProgressRows.File file = tasks.file(actor, id, attachmentId);
        return download(
                file.content(),
                MediaType.parseMediaType(file.attachment().contentType()),
                file.attachment().name());
    }

    @GetMapping("/tasks/{id:\\d+}/progress/{period}/document")
    ResponseEntity<byte[]> document(
            Actor actor,
            @PathVariable long id,
            @PathVariable String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        TaskDetail detail = tasks.get(actor, id, this.today.or(today));
        Period wanted = Period.parse(period);
        Progress latest = detail.progress().stream()
                .filter(p -> p.period().equals(wanted))
                .reduce((a, b) -> b)
                .orElseThrow(() ->
                        new RejectedInput("period", "Nhiệm vụ chưa có báo cáo tiến độ %s".formatted(wanted.label())));
        return download(
                documents.write(detail.view(), latest),
                DOCX,
                "bao-cao-tien-do-nhiem-vu-%d-%s.docx".formatted(id, wanted));
    }

    @GetMapping("/agencies")
    List<Agency> agencies(Actor actor, @RequestParam String area) {
        return agencies.ofArea(actor, area);
    }

    record NewAgency(String area, String name, boolean synthesis, String email) {}

    record NewMember(String username) {}

    /** A new agency of an area; only the synthesis office above (or an administrator) sets up the list. */
    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    Agency createAgency(Actor actor, @RequestBody NewAgency agency) {
        return agencies.create(actor, agency.area(), agency.name(), agency.synthesis(), agency.email(), false);
    }

    @GetMapping("/agencies/{id:\\d+}/members")
    List<String> members(Actor actor, @PathVariable long id) {
        return agencies.members(actor, id);
    }

    @PostMapping("/agencies/{id:\\d+}/members")
    List<String> addMember(Actor actor, @PathVariable long id, @RequestBody NewMember member) {
        agencies.addMember(actor, id, member.username());
        return agencies.members(actor, id);
    }

    @GetMapping("/tasks/overview")
    Map<String, Object> overview(
            Actor actor,
            @RequestParam String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        Overview overview = tasks.overview(actor, area, this.today.or(today));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", overview.total());
        out.put(
                "agencies",
                overview.agencies().stream()
                        .map(a -> Map.of(
                                "agency", TaskJson.AgencyJson.of(a.agency()), "counts", a.counts(), "total", a.total()))
                        .toList());
        out.put("overdue", overview.overdue().stream().map(TaskJson::of).toList());
        return out;
    }

    @GetMapping("/tasks/due-this-week")
    List<TaskJson> dueThisWeek(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        return tasks.dueThisWeek(actor, this.today.or(today)).stream()
                .map(TaskJson::of)
                .toList();
    }

    @GetMapping("/tasks/reminders")
    List<Map<String, Object>> reminders(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        return tasks.reminders(actor, this.today.or(today)).stream()
                .map(TaskApi::reminder)
                .toList();
    }

    @PostMapping(path = "/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> importSheet(
            Actor actor,
            @RequestParam String area,
            @RequestParam(required = false) Long plan,
            @RequestParam MultipartFile file)
            throws IOException {
        TaskSheets.Read read = sheets.read(file.getInputStream(), area, plan);
        List<TaskJson> created = tasks.createAll(actor, area, plan, read.tasks(), read.rows(), today.or(null)).stream()
                .map(TaskJson::of)
                .toList();
        return Map.of("imported", created.size(), "tasks", created);
    }

    @GetMapping("/tasks/export")
    ResponseEntity<byte[]> export(
            Actor actor,
            @RequestParam String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        LocalDate day = this.today.or(today);
        return download(
                sheets.write(tasks.list(actor, new Tasks.Filter(area, null, null, null), day), day),
                XLSX,
                "nhiem-vu-%s-%s.xlsx".formatted(area, day));
    }

    private static Map<String, Object> reminder(Reminder r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind().name());
        out.put("days", r.days());
        out.put("text", r.text());
        out.put("task", TaskJson.of(r.task()));
        return out;
    }

    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}

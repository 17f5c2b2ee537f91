package vn.ktxh.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Access;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.TooLarge;
import vn.ktxh.task.storage.AgencyRows;
import vn.ktxh.task.storage.ProgressRows;
import vn.ktxh.task.storage.TaskRows;

/**
 * The door of the module: tasks of an area, their progress and extensions, and the views derived on a day
 * (statuses, overviews, reminders). Every method that judges takes {@code today}: the callers own the clock.
 */
@Service
public class Tasks {

    /** Filters of the task list; null means any. */
    public record Filter(String areaCode, Long agencyId, TaskStatus status, LocalDate dueBefore) {}

    private final TaskRows rows;
    private final ProgressRows progressRows;
    private final AgencyRows agencyRows;
    private final Agencies agencies;
    private final Areas areas;
    private final Plans plans;
    private final Indicators indicators;

    Tasks(
            TaskRows rows,
            ProgressRows progressRows,
            AgencyRows agencyRows,
            Agencies agencies,
            Areas areas,
            Plans plans,
            Indicators indicators) {
        this.rows = rows;
        this.progressRows = progressRows;
        this.agencyRows = agencyRows;
        this.agencies = agencies;
        this.areas = areas;
        this.plans = plans;
        this.indicators = indicators;
    }

    @Transactional
    public TaskView create(Actor actor, NewTask task, LocalDate today) {
        return createAll(actor, task.areaCode(), task.planId(), List.of(task), null, today)
                .get(0);
    }

    /**
     * Creates the tasks of one area, all or nothing: every problem of every task is reported at once; tasks read
     * from a sheet are named by their row there ({@code sheetRows}, one per task; null for a request).
     */
    @Transactional
    public List<TaskView> createAll(
            Actor actor, String areaCode, Long planId, List<NewTask> tasks, List<Integer> sheetRows, LocalDate today) {
        Area area = agencies.area(areaCode);
        AgencyDirectory directory = agencies.directory(area);
        if (!splitsOwnTasks(actor, tasks)) {
            requireManage(actor, area, directory);
        }
        Period span = span(area, planId, today);
        TaskCheck check = new TaskCheck(directory, code -> indicators.find(code).isPresent(), span);
        List<RejectedInput> problems = new ArrayList<>();
        List<Task> valid = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            NewTask in = tasks.get(i);
            if (in.parentId() != null
                    && rows.find(in.parentId())
                            .filter(p -> p.areaId() == area.id())
                            .isEmpty()) {
                problems.add(new RejectedInput(
                        "parentId", "Không có nhiệm vụ cha số %d của %s".formatted(in.parentId(), area.fullName())));
            }
            TaskCheck.Result result = check.read(in, area.id());
            Integer row = sheetRows == null ? null : sheetRows.get(i);
            result.problems().forEach(p -> problems.add(row != null ? p.atRow(row) : p.inRequest()));
            if (result.valid()) {
                valid.add(result.task());
            }
        }
        if (tasks.isEmpty()) {
            problems.add(new RejectedInput("tasks", "Không có nhiệm vụ nào để nhập"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems);
        }
        String user = actor.name("hệ thống");
        List<Long> ids = valid.stream().map(t -> rows.insert(t, user)).toList();
        return ids.stream()
                .map(id -> view(rows.find(id).orElseThrow(), List.of(), directory, today))
                .toList();
    }

    public List<TaskView> list(Actor actor, Filter filter, LocalDate today) {
        Area area = agencies.area(filter.areaCode());
        actor.requireRead(area);
        List<Task> tasks = rows.ofAreas(List.of(area.id()));
        List<TaskView> views = views(tasks, agencies.directory(area), today);
        return views.stream()
                .filter(v -> filter.agencyId() == null || v.task().involves(filter.agencyId()))
                .filter(v -> filter.status() == null || v.state().status() == filter.status())
                .filter(v -> filter.dueBefore() == null || v.state().due().isBefore(filter.dueBefore()))
                .sorted(OVERDUE_FIRST)
                .toList();
    }

    /** Overdue first (longest overdue first), then not done by deadline, then done. */
    public static final Comparator<TaskView> OVERDUE_FIRST = Comparator.comparing(
                    (TaskView v) -> v.state().overdue() ? 0 : v.state().status().done() ? 2 : 1)
            .thenComparing(v -> v.state().due())
            .thenComparing(v -> v.task().id());

    public TaskDetail get(Actor actor, long id, LocalDate today) {
        Task task = require(id);
        Area area = areaOf(task);
        actor.requireRead(area);
        AgencyDirectory directory = agencies.directory(area);
        List<Progress> progress = progressRows.ofTasks(List.of(id)).getOrDefault(id, List.of());
        TaskRights rights = rights(actor);
        return new TaskDetail(
                view(task, progress, directory, today),
                progress,
                views(rows.children(id), directory, today),
                rights.canReport(task),
                rights.canManage(area, directory));
    }

    public List<Progress> progress(Actor actor, long id) {
        Task task = require(id);
        actor.requireRead(areaOf(task));
        return progressRows.ofTasks(List.of(id)).getOrDefault(id, List.of());
    }

    /** A progress report by the lead agency, counted from {@code today}. */
    @Transactional
    public Progress report(Actor actor, long id, NewProgress in, LocalDate today) {
        Task task = require(id);
        Area area = areaOf(task);
        actor.requireRead(area);
        if (!rights(actor).canReport(task)) {
            Agency lead = agencyRows.find(task.leadAgencyId()).orElseThrow();
            throw new AccessRefused(
                    "Tài khoản \"%s\" không thuộc cơ quan chủ trì (%s) của nhiệm vụ \"%s\"; chỉ cơ quan chủ trì báo cáo tiến độ"
                            .formatted(actor.name("?"), lead.name(), task.title()));
        }
        List<RejectedInput> problems = new ArrayList<>();
        if (in.percent() == null || in.percent() < 0 || in.percent() > 100) {
            problems.add(new RejectedInput("percent", "Tỷ lệ hoàn thành phải từ 0 đến 100 (%)"));
        }
        if (in.text() == null || in.text().isBlank()) {
            problems.add(new RejectedInput("text", "Chưa có nội dung kết quả thực hiện"));
        }
        Period period = null;
        try {
            period = in.period() == null || in.period().isBlank()
                    ? task.recurrence().periodOf(today)
                    : Period.parse(in.period());
            if (task.recurrence().periodic() && !task.periods().contains(period)) {
                problems.add(new RejectedInput(
                        "period",
                        "Kỳ %s không thuộc các kỳ của nhiệm vụ %s (%s đến %s)"
                                .formatted(
                                        period.label(),
                                        task.recurrence().label().toLowerCase(),
                                        TaskDates.print(task.start()),
                                        TaskDates.print(task.end()))));
            }
        } catch (RejectedInput e) {
            problems.add(e);
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems);
        }
        Progress draft = new Progress(
                0,
                id,
                period,
                today,
                in.percent(),
                in.text().strip(),
                blankToNull(in.problems()),
                blankToNull(in.proposals()),
                actor.name("hệ thống"),
                List.of());
        long progressId = progressRows.insert(draft);
        return new Progress(
                progressId,
                id,
                period,
                today,
                draft.percent(),
                draft.text(),
                draft.problems(),
                draft.proposals(),
                draft.reportedBy(),
                List.of());
    }

    @Transactional
    public Attachment attach(
            Actor actor, long taskId, long progressId, String name, String contentType, byte[] content) {
        Task task = require(taskId);
        if (!rights(actor).canReport(task)) {
            throw new AccessRefused(
                    "Chỉ cơ quan chủ trì đính kèm tệp vào báo cáo tiến độ của nhiệm vụ \"%s\"".formatted(task.title()));
        }
        if (progressRows.ofTasks(List.of(taskId)).getOrDefault(taskId, List.of()).stream()
                .noneMatch(p -> p.id() == progressId)) {
            throw new RejectedInput("progress", "Nhiệm vụ không có báo cáo tiến độ số " + progressId);
        }
        if (content.length == 0) {
            throw new RejectedInput("file", "Tệp \"%s\" rỗng".formatted(name));
        }
        if (content.length > Attachment.MAX_SIZE) {
            throw new TooLarge("file", "Tệp \"%s\" lớn hơn 10 MB".formatted(name));
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        long id =
                progressRows.attach(progressId, name == null || name.isBlank() ? "tep-dinh-kem" : name, type, content);
        return new Attachment(id, progressId, name, type, content.length);
    }

    public ProgressRows.File file(Actor actor, long taskId, long attachmentId) {
        Task task = require(taskId);
        actor.requireRead(areaOf(task));
        return progressRows
                .file(attachmentId)
                .filter(f -> progress(actor, taskId).stream()
                        .anyMatch(p -> p.id() == f.attachment().progressId()))
                .orElseThrow(() -> new RejectedInput("attachment", "Không có tệp đính kèm số " + attachmentId));
    }

    /** Gia hạn: the new deadline becomes the task's (or the period's); the old one stays in the audit. */
    @Transactional
    public TaskView extend(Actor actor, long id, String periodText, LocalDate newDate, String reason, LocalDate today) {
        Task task = require(id);
        Area area = areaOf(task);
        AgencyDirectory directory = agencies.directory(area);
        requireManage(actor, area, directory);
        List<RejectedInput> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new RejectedInput("reason", "Gia hạn cần ghi lý do"));
        }
        if (newDate == null) {
            problems.add(new RejectedInput("newDate", "Chưa có thời hạn mới"));
        }
        Period period = null;
        if (task.recurrence().periodic()) {
            if (periodText == null || periodText.isBlank()) {
                problems.add(new RejectedInput(
                        "period",
                        "Nhiệm vụ %s: cần ghi kỳ được gia hạn (ví dụ 2026-M03)"
                                .formatted(task.recurrence().label().toLowerCase())));
            } else {
                period = Period.parse(periodText);
                if (!task.periods().contains(period)) {
                    problems.add(new RejectedInput("period", "Kỳ %s không thuộc nhiệm vụ".formatted(period.label())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems);
        }
        LocalDate old = task.due(period);
        if (!newDate.isAfter(old)) {
            throw new RejectedInput(
                    "newDate",
                    "Thời hạn mới %s phải sau thời hạn hiện tại %s"
                            .formatted(TaskDates.print(newDate), TaskDates.print(old)));
        }
        List<Progress> progress = progressRows.ofTasks(List.of(id)).getOrDefault(id, List.of());
        Period key = period;
        List<Progress> ofPeriod = key == null
                ? progress
                : progress.stream().filter(p -> key.equals(p.period())).toList();
        if (TaskStatus.judge(old, ofPeriod, today).done()) {
            throw new Conflict("Nhiệm vụ \"%s\" đã hoàn thành; không gia hạn".formatted(task.title()));
        }
        rows.insertExtension(id, period, old, newDate, reason.strip(), actor.name("hệ thống"));
        return view(require(id), progress, directory, today);
    }

    public Overview overview(Actor actor, String areaCode, LocalDate today) {
        Area area = agencies.area(areaCode);
        actor.requireRead(area);
        AgencyDirectory directory = agencies.directory(area);
        return Overview.of(directory.agencies(), views(rows.ofAreas(List.of(area.id())), directory, today));
    }

    /** The tasks of the signed-in account's agencies (leading or cooperating), not done and due within 7 days. */
    public List<TaskView> dueThisWeek(Actor actor, LocalDate today) {
        return ofAccount(actor.name(null), today).stream()
                .filter(v -> v.state().dueWithin(today, Reminder.SOON_DAYS))
                .sorted(OVERDUE_FIRST)
                .toList();
    }

    public List<Reminder> reminders(Actor actor, LocalDate today) {
        return Reminder.select(ofAccount(actor.name(null), today), today);
    }

    /** For the morning e-mail: each agency with an address and the reminders of the tasks it leads. */
    public Map<Agency, List<Reminder>> remindersByAgency(LocalDate today) {
        Map<Agency, List<Reminder>> out = new HashMap<>();
        Map<Long, List<Task>> byArea = new HashMap<>();
        rows.all()
                .forEach(t -> byArea.computeIfAbsent(t.areaId(), k -> new ArrayList<>())
                        .add(t));
        byArea.forEach((areaId, tasks) -> {
            Area area = areas.map().byId(areaId).orElseThrow();
            AgencyDirectory directory = agencies.directory(area);
            List<TaskView> views = views(tasks, directory, today);
            for (Agency agency : directory.agencies()) {
                if (agency.email() == null || agency.email().isBlank()) {
                    continue;
                }
                List<Reminder> mine = Reminder.select(
                        views.stream().filter(v -> v.lead().id() == agency.id()).toList(), today);
                if (!mine.isEmpty()) {
                    out.put(agency, mine);
                }
            }
        });
        return out;
    }

    /** Whether the account works only for agencies that carry out tasks (not for the synthesis office that assigns them). */
    /** Whether the signed-in account may assign the unit's tasks (its synthesis office, or the office above). */
    public boolean mayManage(Actor actor, String areaCode) {
        Area area = agencies.area(areaCode);
        return rights(actor).canManage(area, agencies.directory(area));
    }

    /** The unit a task belongs to. */
    public Area areaOf(long taskId) {
        return areaOf(require(taskId));
    }

    public boolean worksOnTasksOnly(String username) {
        List<Agency> agencies = agencyRows.ofMember(username);
        return !agencies.isEmpty() && agencies.stream().noneMatch(Agency::synthesis);
    }

    private List<TaskView> ofAccount(String username, LocalDate today) {
        if (username == null) {
            throw new AccessRefused("Cần đăng nhập");
        }
        Set<Long> mine = agencyRows.idsOfMember(username);
        List<Task> tasks = rows.ofAgencies(mine);
        Map<Long, AgencyDirectory> directories = new HashMap<>();
        Map<Long, List<Progress>> progress =
                progressRows.ofTasks(tasks.stream().map(Task::id).toList());
        return tasks.stream()
                .map(t -> view(
                        t,
                        progress.getOrDefault(t.id(), List.of()),
                        directories.computeIfAbsent(t.areaId(), a -> agencies.directory(areaOf(t))),
                        today))
                .toList();
    }

    private List<TaskView> views(List<Task> tasks, AgencyDirectory directory, LocalDate today) {
        Map<Long, List<Progress>> progress =
                progressRows.ofTasks(tasks.stream().map(Task::id).toList());
        return tasks.stream()
                .map(t -> view(t, progress.getOrDefault(t.id(), List.of()), directory, today))
                .toList();
    }

    private static TaskView view(Task task, List<Progress> progress, AgencyDirectory directory, LocalDate today) {
        return new TaskView(
                task,
                directory.byId(task.leadAgencyId()).orElseThrow(),
                task.cooperatingAgencyIds().stream()
                        .map(id -> directory.byId(id).orElseThrow())
                        .toList(),
                TaskState.of(task, progress, today));
    }

    private Task require(long id) {
        return rows.find(id).orElseThrow(() -> new RejectedInput("id", "Không có nhiệm vụ số " + id));
    }

    private Area areaOf(Task task) {
        return areas.map().byId(task.areaId()).orElseThrow();
    }

    private TaskRights rights(Actor actor) {
        Access access = actor.access().orElse(null);
        return new TaskRights(
                access,
                access == null
                        ? Set.of()
                        : agencyRows.idsOfMember(access.account().username()));
    }

    /** A lead agency may split its own task into sub-tasks (nhiệm vụ con) without the synthesis office. */
    private boolean splitsOwnTasks(Actor actor, List<NewTask> tasks) {
        TaskRights rights = rights(actor);
        return !tasks.isEmpty()
                && tasks.stream()
                        .allMatch(t -> t.parentId() != null
                                && rows.find(t.parentId())
                                        .map(parent -> rights.access() != null && rights.canReport(parent))
                                        .orElse(false));
    }

    private void requireManage(Actor actor, Area area, AgencyDirectory directory) {
        TaskRights rights = rights(actor);
        if (!rights.canManage(area, directory)) {
            throw new AccessRefused(
                    "Tài khoản \"%s\" không có quyền giao nhiệm vụ hoặc gia hạn cho %s (chỉ cơ quan tổng hợp%s)"
                            .formatted(
                                    rights.access().account().username(),
                                    area.fullName(),
                                    directory
                                            .synthesis()
                                            .map(s -> " — " + s.name())
                                            .orElse("")));
        }
    }

    /** The span of recurring tasks: the plan's period, else the year of today. */
    private Period span(Area area, Long planId, LocalDate today) {
        if (planId == null) {
            return Period.year(today.getYear());
        }
        return plans.plansOf(area).stream()
                .filter(p -> p.id() == planId)
                .findFirst()
                .map(Plan::period)
                .orElseThrow(() ->
                        new RejectedInput("plan", "%s không có kế hoạch số %d".formatted(area.fullName(), planId)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

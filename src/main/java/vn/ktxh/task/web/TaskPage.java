package vn.ktxh.task.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.task.Agencies;
import vn.ktxh.task.NewProgress;
import vn.ktxh.task.NewTask;
import vn.ktxh.task.Progress;
import vn.ktxh.task.Recurrence;
import vn.ktxh.task.TaskDetail;
import vn.ktxh.task.TaskStatus;
import vn.ktxh.task.Tasks;

/**
 * The pages of tasks: the list (overdue first, filtered by status), a task with its progress history and forms,
 * and the overview by agency. A refused or wrong form shows the task page again with the reasons.
 */
@Controller
class TaskPage {

    private final Tasks tasks;
    private final Areas areas;
    private final Today today;
    private final Workplace workplace;
    private final Agencies agencies;

    TaskPage(Tasks tasks, Areas areas, Today today, Workplace workplace, Agencies agencies) {
        this.agencies = agencies;
        this.workplace = workplace;
        this.tasks = tasks;
        this.areas = areas;
        this.today = today;
    }

    @GetMapping("/nhiem-vu")
    String list(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(name = "trangThai", required = false) String status,
            Model model) {
        String code = areaOrOwn(actor, area, period);
        LocalDate day = today.or(null);
        TaskStatus wanted = TaskStatus.read(status).orElse(null);
        model.addAttribute("area", code);
        model.addAttribute(
                "areaName", areas.find(code, null).map(a -> a.fullName()).orElse(code));
        model.addAttribute("today", day);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("status", wanted);
        model.addAttribute("tasks", tasks.list(actor, new Tasks.Filter(code, null, wanted, null), day));
        model.addAttribute("reminders", tasks.reminders(actor, day));
        offerNewTask(actor, code, tasks.mayManage(actor, code), model);
        return "task/list";
    }

    /**
     * Assigns a task (or, with {@code parentId}, a sub-task) from the form of the list or of the parent task; a refused
     * form comes back with its values and every reason.
     */
    @PostMapping("/nhiem-vu")
    String create(
            Actor actor,
            @RequestParam String area,
            @RequestParam(required = false) Long parentId,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "cooperating", required = false) List<String> cooperating,
            Model model,
            HttpServletResponse response) {
        NewTask task = new NewTask(
                area,
                null,
                parentId,
                form.get("section"),
                form.get("title"),
                form.get("content"),
                form.get("documentNumber"),
                form.get("documentDate"),
                form.get("documentIssuer"),
                form.get("leadAgency"),
                cooperating,
                form.get("start"),
                form.get("due"),
                null,
                form.get("priority"),
                null);
        try {
            return "redirect:/nhiem-vu/"
                    + tasks.create(actor, task, today.or(null)).task().id() + "?da-giao";
        } catch (RejectedInputs | RejectedInput | AccessRefused e) {
            response.setStatus(e instanceof AccessRefused ? 403 : 400);
            model.addAttribute(
                    "newTaskErrors",
                    e instanceof RejectedInputs many
                            ? many.problems().stream()
                                    .map(RuntimeException::getMessage)
                                    .toList()
                            : List.of(e.getMessage()));
            model.addAttribute("newTask", form);
            return parentId == null ? list(actor, area, null, null, model) : page(actor, parentId, model, List.of());
        }
    }

    @GetMapping("/nhiem-vu/{id:\\d+}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, model, List.of());
    }

    @PostMapping("/nhiem-vu/{id:\\d+}/tien-do")
    String report(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String problems,
            @RequestParam(required = false) String proposals,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            Progress progress = tasks.report(
                    actor, id, new NewProgress(period, percent, text, problems, proposals), today.or(null));
            if (file != null && !file.isEmpty()) {
                tasks.attach(
                        actor, id, progress.id(), file.getOriginalFilename(), file.getContentType(), file.getBytes());
            }
            return "redirect:/nhiem-vu/" + id + "?da-bao-cao";
        } catch (RuntimeException e) {
            return refused(actor, id, e, model, response);
        }
    }

    @PostMapping("/nhiem-vu/{id:\\d+}/gia-han")
    String extend(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        try {
            tasks.extend(actor, id, period, newDate, reason, today.or(null));
            return "redirect:/nhiem-vu/" + id + "?da-gia-han";
        } catch (RuntimeException e) {
            return refused(actor, id, e, model, response);
        }
    }

    @GetMapping("/nhiem-vu/co-quan")
    String overview(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            Model model) {
        String code = areaOrOwn(actor, area, period);
        LocalDate day = today.or(null);
        model.addAttribute("area", code);
        model.addAttribute(
                "areaName", areas.find(code, null).map(a -> a.fullName()).orElse(code));
        model.addAttribute("today", day);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("overview", tasks.overview(actor, code, day));
        return "task/overview";
    }

    private String page(Actor actor, long id, Model model, List<String> errors) {
        LocalDate day = today.or(null);
        TaskDetail detail = tasks.get(actor, id, day);
        model.addAttribute("detail", detail);
        // the lead agency may split its own task (Tasks.createAll), the office assigns any
        offerNewTask(actor, areaRef(tasks.areaOf(id)), detail.canManage() || detail.canReport(), model);
        model.addAttribute("today", day);
        model.addAttribute("errors", errors);
        return "task/task";
    }

    /** Only the refusals we know are shown on the page; anything else is a fault and goes on to the error page. */
    private String refused(Actor actor, long id, RuntimeException e, Model model, HttpServletResponse response) {
        List<String> errors;
        if (e instanceof RejectedInputs many) {
            errors = many.problems().stream().map(RuntimeException::getMessage).toList();
            response.setStatus(400);
        } else if (e instanceof RejectedInput || e instanceof Conflict) {
            errors = List.of(e.getMessage());
            response.setStatus(400);
        } else if (e instanceof AccessRefused) {
            errors = List.of(e.getMessage());
            response.setStatus(403);
        } else {
            throw e;
        }
        return page(actor, id, model, errors);
    }

    /** What the form of a new task needs: whether it may be sent, and the unit's agencies to choose from. */
    private void offerNewTask(Actor actor, String area, boolean may, Model model) {
        model.addAttribute("taskArea", area);
        model.addAttribute("canAssign", may);
        model.addAttribute("agencies", may ? agencies.ofArea(actor, area) : List.of());
        model.addAttribute("recurrences", Recurrence.values());
        if (!model.containsAttribute("newTask")) {
            model.addAttribute("newTask", Map.of());
            model.addAttribute("newTaskErrors", List.of());
        }
    }

    /**
     * The unit asked, on the period's date as every page names it, or the account's own; named so that the later unit
     * with the same code cannot answer for it (the tasks of 2024's phường Đông Phong, not of today's phường Tân Phong).
     */
    private String areaOrOwn(Actor actor, String area, String period) {
        return areaRef(workplace.resolve(actor, area, period).unit());
    }

    private String areaRef(Area unit) {
        boolean latest =
                areas.find(unit.code(), null).filter(a -> a.id() == unit.id()).isPresent();
        return latest ? unit.code() : unit.code() + "@" + unit.validFrom();
    }
}

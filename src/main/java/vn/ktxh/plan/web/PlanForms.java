package vn.ktxh.plan.web;

import static vn.ktxh.shared.FormFields.number;
import static vn.ktxh.shared.FormFields.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ktxh.account.Actor;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * The forms of the plan page: a plan from its decision (number, date, issuer), and a target set or adjusted in any form
 * the documents use, an adjustment naming its document and reason. Back on the plan page either way: with what was done,
 * or with the refusal beside the form and every typed value kept.
 */
@Controller
class PlanForms {

    private final Plans plans;

    PlanForms(Plans plans) {
        this.plans = plans;
    }

    @PostMapping("/ke-hoach")
    String create(
            Actor actor, @RequestParam String area, @RequestParam Map<String, String> form, RedirectAttributes back) {
        String period = form.getOrDefault("period", "");
        try {
            Plan plan = plans.create(
                    actor,
                    new NewPlan(
                            area, Period.parse(period), text(form, "title"), decision(form), decidedBy(form), false));
            back.addFlashAttribute("done", "Đã lập kế hoạch \"%s\".".formatted(plan.title()));
            return page(area, plan.period().toString());
        } catch (RejectedInput refused) {
            return refused(back, "plan", refused, form, area, period);
        }
    }

    @PostMapping("/ke-hoach/{plan}/chi-tieu")
    String target(
            Actor actor,
            @PathVariable long plan,
            @RequestParam String area,
            @RequestParam String shown,
            @RequestParam Map<String, String> form,
            RedirectAttributes back) {
        try {
            TargetForm kind = TargetForm.valueOf(form.getOrDefault("form", "VALUE"));
            if (text(form, "value") == null) {
                throw new RejectedInput("value", "Thiếu giá trị chỉ tiêu");
            }
            String basePeriod = text(form, "basePeriod");
            Target saved = plans.set(
                    actor,
                    plan,
                    new NewTarget(
                            text(form, "indicator"),
                            text(form, "target-area"),
                            Period.parse(form.get("period")),
                            new TargetStatement(
                                    kind,
                                    number(form, "value", LABELS),
                                    number(form, "ofTotal", LABELS),
                                    basePeriod == null ? null : Period.parse(basePeriod),
                                    number(form, "baseValue", LABELS)),
                            false,
                            text(form, "note"),
                            decision(form)),
                    form.containsKey("main") ? Boolean.TRUE : null);
            back.addFlashAttribute(
                    "done",
                    saved.version() > 1
                            ? "Đã điều chỉnh chỉ tiêu %s (lần %d).".formatted(saved.indicator(), saved.version() - 1)
                            : "Đã giao chỉ tiêu %s.".formatted(saved.indicator()));
            return page(area, shown);
        } catch (RejectedInput refused) {
            return refused(back, "target-" + plan, refused, form, area, shown);
        } catch (IllegalArgumentException unknownForm) {
            return refused(back, "target-" + plan, new RejectedInput("form", "Chọn dạng chỉ tiêu"), form, area, shown);
        }
    }

    private static String refused(
            RedirectAttributes back,
            String where,
            RejectedInput refused,
            Map<String, String> form,
            String area,
            String period) {
        back.addFlashAttribute("errorAt", where);
        back.addFlashAttribute("error", refused.getMessage());
        back.addFlashAttribute("typed", form);
        return page(area, period);
    }

    private static String page(String area, String period) {
        return "redirect:/ke-hoach?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8) + "&period="
                + URLEncoder.encode(period, StandardCharsets.UTF_8);
    }

    private static Decision decision(Map<String, String> form) {
        String number = text(form, "decisionNumber");
        String date = text(form, "decisionDate");
        String issuer = text(form, "decisionIssuer");
        if (number == null && date == null && issuer == null) {
            return null;
        }
        try {
            return new Decision(number, date == null ? null : LocalDate.parse(date), issuer);
        } catch (DateTimeParseException e) {
            throw new RejectedInput(
                    "decisionDate", "Ngày văn bản \"%s\" không đúng (chọn ngày trên lịch)".formatted(date));
        }
    }

    /** The form's choice; its first option, the level above assigning (giao), when it sends none. */
    private static DecidedBy decidedBy(Map<String, String> form) {
        try {
            String chosen = text(form, "decidedBy");
            return chosen == null ? DecidedBy.LEVEL_ABOVE : DecidedBy.valueOf(chosen);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput("decidedBy", "Chọn ai quyết định kế hoạch");
        }
    }

    private static final Map<String, String> LABELS =
            Map.of("value", "Giá trị", "ofTotal", "Tổng số (y)", "baseValue", "Giá trị năm gốc");
}

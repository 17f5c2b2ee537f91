package vn.ktxh.plan.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ktxh.account.Actor;
import vn.ktxh.plan.CascadeFill;
import vn.ktxh.plan.CommuneAssignments;
import vn.ktxh.plan.Decision;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;

/**
 * Giao chỉ tiêu cho cấp xã: the grid of a province plan's targets (a column per indicator, a row per commune),
 * pre-filled by the chosen rule, its check redrawn as the officer types, and saved all or nothing.
 */
@Controller
class CascadePage {

    /** A cell's field: "o:" + indicator + ":" + commune code (never "__", which Thymeleaf reads as preprocessing). */
    private static final String CELL = "o:";

    private final CommuneAssignments assignments;

    CascadePage(CommuneAssignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/ke-hoach/{plan}/giao-xa")
    String grid(
            Actor actor,
            @PathVariable long plan,
            @RequestParam String period,
            @RequestParam(required = false) String rule,
            Model model) {
        CascadeFill.Rule chosen = rule == null || rule.isBlank() ? null : CascadeFill.Rule.valueOf(rule);
        CommuneAssignments.Grid grid = assignments.grid(actor, plan, Period.parse(period), chosen);
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        grid.columns().forEach(c -> values.put(c.indicator().code(), c.filled()));
        model.addAttribute("checks", assignments.check(grid, values));
        return page(model, grid, chosen, written(values));
    }

    @PostMapping("/ke-hoach/{plan}/giao-xa/kiem-tra")
    String check(
            Actor actor,
            @PathVariable long plan,
            @RequestParam String period,
            @RequestParam Map<String, String> form,
            Model model) {
        CommuneAssignments.Grid grid = assignments.grid(actor, plan, Period.parse(period), null);
        try {
            model.addAttribute("checks", assignments.check(grid, typed(grid, form)));
        } catch (RejectedInput refused) {
            model.addAttribute("error", refused.getMessage());
        }
        model.addAttribute("grid", grid);
        return "plan/cascade :: check";
    }

    @PostMapping("/ke-hoach/{plan}/giao-xa")
    String save(
            Actor actor,
            @PathVariable long plan,
            @RequestParam String period,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes back) {
        CommuneAssignments.Grid grid = assignments.grid(actor, plan, Period.parse(period), null);
        try {
            int saved = assignments.save(actor, grid, typed(grid, form), decision(form));
            back.addFlashAttribute("done", "Đã giao %d chỉ tiêu cho cấp xã.".formatted(saved));
            return "redirect:/ke-hoach/" + plan + "/giao-xa?period="
                    + URLEncoder.encode(period, StandardCharsets.UTF_8);
        } catch (RejectedInput refused) {
            model.addAttribute("error", refused.getMessage());
            Map<String, Map<String, String>> text = new LinkedHashMap<>();
            form.forEach((field, value) -> {
                String[] key = cell(field);
                if (key != null) {
                    text.computeIfAbsent(key[0], k -> new LinkedHashMap<>()).put(key[1], value);
                }
            });
            model.addAttribute("decisionNumber", form.get("decisionNumber"));
            return page(model, grid, null, text);
        }
    }

    private static String page(
            Model model, CommuneAssignments.Grid grid, CascadeFill.Rule rule, Map<String, Map<String, String>> text) {
        model.addAttribute("grid", grid);
        model.addAttribute("rule", rule);
        model.addAttribute("rules", CascadeFill.Rule.values());
        model.addAttribute("text", text);
        return "plan/cascade";
    }

    /** The typed cells as numbers, a wrong one refused naming its commune and indicator; blank cells are left out. */
    private static Map<String, Map<String, BigDecimal>> typed(CommuneAssignments.Grid grid, Map<String, String> form) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            String[] key = cell(field.getKey());
            if (key == null || field.getValue() == null || field.getValue().isBlank()) {
                continue;
            }
            try {
                out.computeIfAbsent(key[0], k -> new LinkedHashMap<>())
                        .put(key[1], VnNumber.parse(field.getValue().strip()));
            } catch (RejectedInput e) {
                throw new RejectedInput(
                        field.getKey(),
                        "%s, chỉ tiêu %s: %s"
                                .formatted(grid.communes().getOrDefault(key[1], key[1]), key[0], e.getMessage()));
            }
        }
        return out;
    }

    private static String[] cell(String field) {
        if (!field.startsWith(CELL)) {
            return null;
        }
        String[] key = field.substring(CELL.length()).split(":", 2);
        return key.length == 2 ? key : null;
    }

    private static Map<String, Map<String, String>> written(Map<String, Map<String, BigDecimal>> values) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        values.forEach((indicator, byCommune) -> byCommune.forEach((commune, v) ->
                out.computeIfAbsent(indicator, k -> new LinkedHashMap<>()).put(commune, VnNumber.format(v))));
        return out;
    }

    private static Decision decision(Map<String, String> form) {
        String number = form.get("decisionNumber");
        String date = form.get("decisionDate");
        if ((number == null || number.isBlank()) && (date == null || date.isBlank())) {
            return null;
        }
        try {
            return new Decision(
                    number == null || number.isBlank() ? null : number.strip(),
                    date == null || date.isBlank() ? null : LocalDate.parse(date),
                    null);
        } catch (DateTimeParseException e) {
            throw new RejectedInput(
                    "decisionDate", "Ngày văn bản \"%s\" không đúng (chọn ngày trên lịch)".formatted(date));
        }
    }
}

package vn.ktxh.investment.web;

import static vn.ktxh.shared.FormFields.date;
import static vn.ktxh.shared.FormFields.number;
import static vn.ktxh.shared.FormFields.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ktxh.account.Actor;
import vn.ktxh.investment.CapitalLine;
import vn.ktxh.investment.CapitalSource;
import vn.ktxh.investment.Investments;
import vn.ktxh.investment.NewCapitalLine;
import vn.ktxh.investment.NewCapitalLine.NewProject;
import vn.ktxh.investment.NewDisbursement;
import vn.ktxh.plan.Decision;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;

/**
 * The forms of the page: the disbursement of a source or project to a date (the unit's), a line of the capital plan or
 * its adjustment with its document (the office above's). Back on the page either way, with what was done or with the
 * refusal naming the field and every typed value kept; nothing is stored from a refused form.
 */
@Controller
class InvestmentForms {

    private static final Map<String, String> LABELS = Map.of(
            "disbursed",
            "Số giải ngân",
            "estimate",
            "Ước giải ngân cả năm",
            "amount",
            "Vốn kế hoạch",
            "totalInvestment",
            "Tổng mức đầu tư");

    private final Investments investments;

    InvestmentForms(Investments investments) {
        this.investments = investments;
    }

    @PostMapping("/dau-tu-cong/giai-ngan")
    String disburse(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam Map<String, String> form,
            RedirectAttributes back) {
        return posted("disburse", area, period, form, back, () -> {
            var saved = investments.disburse(
                    actor,
                    new NewDisbursement(
                            area,
                            Period.parse(period).year(),
                            source(form, "source"),
                            text(form, "project"),
                            date(form, "asOf"),
                            number(form, "disbursed", LABELS),
                            number(form, "estimate", LABELS)),
                    false);
            return "Đã ghi số giải ngân %s triệu đồng đến ngày %s."
                    .formatted(
                            VnNumber.format(saved.disbursed()),
                            saved.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });
    }

    @PostMapping("/dau-tu-cong/ke-hoach-von")
    String plan(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam Map<String, String> form,
            RedirectAttributes back) {
        return posted("plan", area, period, form, back, () -> {
            String project = text(form, "project");
            String partOf = text(form, "partOf");
            CapitalLine saved = investments.setPlan(
                    actor,
                    new NewCapitalLine(
                            area,
                            Period.parse(period).year(),
                            source(form, "source"),
                            project == null
                                    ? null
                                    : new NewProject(
                                            project, text(form, "owner"), number(form, "totalInvestment", LABELS)),
                            text(form, "name"),
                            partOf == null ? null : source(form, "partOf"),
                            number(form, "amount", LABELS),
                            decision(form)),
                    false);
            return saved.version() > 1
                    ? "Đã điều chỉnh kế hoạch vốn \"%s\" (lần %d).".formatted(saved.name(), saved.version() - 1)
                    : "Đã giao kế hoạch vốn \"%s\".".formatted(saved.name());
        });
    }

    /**
     * A form of the page posted: what {@code work} says it did, or its refusal beside the form {@code where} with what
     * was typed, shown on the page again.
     */
    private static String posted(
            String where,
            String area,
            String period,
            Map<String, String> form,
            RedirectAttributes back,
            Supplier<String> work) {
        try {
            back.addFlashAttribute("done", work.get());
        } catch (RejectedInput refused) {
            back.addFlashAttribute("errorAt", where);
            back.addFlashAttribute("error", refused.getMessage());
            back.addFlashAttribute("typed", form);
        }
        return page(area, period);
    }

    private static String page(String area, String period) {
        return "redirect:/dau-tu-cong?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8) + "&period="
                + URLEncoder.encode(period, StandardCharsets.UTF_8);
    }

    private static CapitalSource source(Map<String, String> form, String field) {
        String chosen = text(form, field);
        if (chosen == null) {
            throw new RejectedInput(field, "Chọn nguồn vốn");
        }
        return CapitalSource.of(chosen, field);
    }

    private static Decision decision(Map<String, String> form) {
        LocalDate date = text(form, "decisionDate") == null ? null : date(form, "decisionDate");
        return new Decision(text(form, "decisionNumber"), date, text(form, "decisionIssuer"));
    }
}

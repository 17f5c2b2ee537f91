package vn.ktxh.extraction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.ktxh.account.Actor;
import vn.ktxh.extraction.Extractions;
import vn.ktxh.extraction.Proposal;
import vn.ktxh.extraction.Use;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.UnitAndPeriod;
import vn.ktxh.shared.VnNumber;

/**
 * Đọc văn bản: upload a plan or report for an area, see its lines with the statements found marked, correct the
 * proposed rows and accept the chosen ones as targets of a plan or as figures. When anything is refused nothing is
 * stored and the rows come back as typed, each message beside its row.
 */
@Controller
@RequestMapping("/doc-van-ban")
class ReadingPage {

    /** A row of the table: the proposal, and what the form holds for it (as proposed, or as the user typed it). */
    record Row(
            Proposal proposal,
            boolean accepted,
            String indicator,
            String indicatorName,
            String use,
            String period,
            String value,
            String unit,
            String form,
            String ofTotal,
            String error) {}

    private final Extractions extractions;
    private final Indicators indicators;
    private final Plans plans;

    ReadingPage(Extractions extractions, Indicators indicators, Plans plans) {
        this.extractions = extractions;
        this.indicators = indicators;
        this.plans = plans;
    }

    @GetMapping
    String form(
            @RequestParam(required = false) String area, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("area", area == null ? "" : area);
        model.addAttribute("period", period == null ? "" : period);
        return "extraction/upload";
    }

    @PostMapping
    String upload(
            Actor actor,
            @RequestPart(name = "file", required = false) MultipartFile file,
            UnitAndPeriod document,
            HttpServletResponse response,
            Model model)
            throws IOException {
        try {
            Extractions.Reading reading = extractions.upload(
                    actor,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    document.area(),
                    document.period(),
                    "web");
            return "redirect:/doc-van-ban/" + reading.id();
        } catch (RejectedInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refused.getMessage());
            return form(document.area(), document.period(), model);
        }
    }

    @GetMapping("/{id}")
    String show(
            Actor actor,
            @PathVariable UUID id,
            @RequestParam(name = "muc-tieu", required = false) Integer targets,
            @RequestParam(name = "so-lieu", required = false) Integer figures,
            @RequestParam(name = "ke-hoach", required = false) Long plan,
            Model model) {
        Extractions.Reading reading = extractions.reading(actor, id);
        List<Row> rows = reading.proposals().stream().map(p -> proposed(p)).toList();
        model.addAttribute("acceptedTargets", targets);
        model.addAttribute("acceptedFigures", figures);
        return show(reading, rows, plan, null, null, null, model);
    }

    @PostMapping("/{id}")
    String accept(
            Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "accept", required = false) List<Integer> accept,
            @RequestParam Map<String, String> form,
            HttpServletResponse response,
            Model model) {
        Extractions.Reading reading = extractions.reading(actor, id);
        List<Integer> chosen = accept == null ? List.of() : accept;
        List<Extractions.Choice> choices = new ArrayList<>();
        for (Proposal p : reading.proposals()) {
            if (chosen.contains(p.number())) {
                int n = p.number();
                choices.add(new Extractions.Choice(
                        n,
                        form.get("indicator_" + n),
                        use(form.get("use_" + n)),
                        form.get("period_" + n),
                        form.get("value_" + n),
                        form.get("unit_" + n),
                        targetForm(form.get("form_" + n)),
                        form.get("of_" + n)));
            }
        }
        try {
            Extractions.Accepted accepted = extractions.accept(actor, id, plan, choices, decision, reason, "web");
            return "redirect:/doc-van-ban/%s?muc-tieu=%d&so-lieu=%d%s"
                    .formatted(id, accepted.targets(), accepted.figures(), plan == null ? "" : "&ke-hoach=" + plan);
        } catch (RejectedInputs refused) {
            return refused(reading, refused.problems(), chosen, form, plan, decision, reason, response, model);
        } catch (RejectedInput refused) {
            return refused(reading, List.of(refused), chosen, form, plan, decision, reason, response, model);
        }
    }

    private String refused(
            Extractions.Reading reading,
            List<RejectedInput> problems,
            List<Integer> chosen,
            Map<String, String> form,
            Long plan,
            String decision,
            String reason,
            HttpServletResponse response,
            Model model) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (RejectedInput problem : problems) {
            if (problem.item() != null) {
                errors.merge(problem.item(), problem.detail(), (a, b) -> a + " " + b);
            } else {
                general.add(problem.getMessage());
            }
        }
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<Row> rows = reading.proposals().stream()
                .map(p -> {
                    int n = p.number();
                    String code = form.getOrDefault("indicator_" + n, "");
                    Indicator indicator = catalogue.get(code.strip());
                    return new Row(
                            p,
                            chosen.contains(n),
                            code,
                            indicator == null ? null : indicator.name(),
                            form.getOrDefault("use_" + n, ""),
                            form.getOrDefault("period_" + n, ""),
                            form.getOrDefault("value_" + n, ""),
                            form.getOrDefault("unit_" + n, ""),
                            form.getOrDefault("form_" + n, ""),
                            form.getOrDefault("of_" + n, ""),
                            errors.get(n));
                })
                .toList();
        response.setStatus(422);
        model.addAttribute("refused", problems.size());
        model.addAttribute("generalErrors", general);
        return show(reading, rows, plan, decision, reason, errors, model);
    }

    private String show(
            Extractions.Reading reading,
            List<Row> rows,
            Long plan,
            String decision,
            String reason,
            Map<Integer, String> errors,
            Model model) {
        model.addAttribute("reading", reading);
        model.addAttribute("lines", Highlights.of(reading.document().lines(), reading.proposals()));
        model.addAttribute("rows", rows);
        model.addAttribute(
                "catalogue",
                indicators.catalogue().values().stream()
                        .sorted(Comparator.comparing(Indicator::code))
                        .toList());
        model.addAttribute("plans", plans.plansOf(reading.area()));
        model.addAttribute("plan", plan);
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        model.addAttribute("uses", Use.values());
        model.addAttribute("forms", TargetForm.values());
        return "extraction/reading";
    }

    private Row proposed(Proposal p) {
        return new Row(
                p,
                false,
                p.indicator() == null ? "" : p.indicator(),
                p.indicator() == null ? null : p.name(),
                p.use().name(),
                p.period() == null ? "" : p.period().toString(),
                p.value() == null ? "" : VnNumber.format(p.value()),
                p.unit() == null ? "" : p.unit(),
                p.form().name(),
                p.ofTotal() == null ? "" : VnNumber.format(p.ofTotal()),
                null);
    }

    private static Use use(String text) {
        try {
            return text == null || text.isBlank() ? Use.TARGET : Use.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput("use", "Loại \"%s\" không hợp lệ".formatted(text));
        }
    }

    private static TargetForm targetForm(String text) {
        try {
            return text == null || text.isBlank() ? TargetForm.VALUE : TargetForm.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput("form", "Dạng chỉ tiêu \"%s\" không hợp lệ".formatted(text));
        }
    }
}

package vn.ktxh.document.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.document.Narrative;
import vn.ktxh.document.PercentPrecision;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.ReportSections;
import vn.ktxh.document.Reports;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** "Báo cáo": choose an area and a period, preview the report, download it; write its narrative. */
@Controller
class ReportPage {

    record SectionForm(String key, String heading, String text) {}

    /** The fields of the particulars: a form without them (a department's) leaves them as they are. */
    private static final List<String> PARTICULARS =
            List.of("number", "place", "date", "signerName", "signerTitle", "recipients");

    private final Reports reports;
    private final Workplace workplace;
    private final Areas areas;

    ReportPage(Reports reports, Workplace workplace, Areas areas) {
        this.reports = reports;
        this.workplace = workplace;
        this.areas = areas;
    }

    @GetMapping("/bao-cao")
    String show(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            Model model) {
        model.addAttribute("area", area);
        model.addAttribute("period", period);
        model.addAttribute("formats", ReportFormat.values());
        try {
            Workplace.Place place = workplace.resolve(actor, area, period);
            model.addAttribute("area", place.ref());
            model.addAttribute("period", place.period().toString());
            model.addAttribute("unit", place.unit());
            reports.document(
                    actor,
                    place.ref(),
                    place.period()); // refuses an unknown area or period before the preview frame asks
            model.addAttribute("ready", true);
        } catch (RejectedInput e) {
            model.addAttribute("error", e.getMessage());
        }
        return "document/report";
    }

    @GetMapping(value = "/bao-cao/xem", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(Actor actor, @RequestParam String area, @RequestParam String period) {
        return reports.html(actor, area, Period.parse(period));
    }

    @GetMapping("/bao-cao/noi-dung")
    String editor(Actor actor, @RequestParam String area, @RequestParam String period, Model model) {
        Period p = Period.parse(period);
        Narrative own = reports.narrative(actor, area, p);
        List<Narrative.Section> previous = reports.previousText(actor, area, p);
        List<Narrative.Section> sections = new ArrayList<>(own.sections());
        sections.addAll(previous);
        fill(actor, model, area, period, new Narrative(own.particulars(), sections));
        model.addAttribute(
                "fromPrevious", previous.stream().map(Narrative.Section::key).toList());
        model.addAttribute("previousPeriod", p.sameOfPreviousYear().label());
        return "document/narrative";
    }

    /** Saves what the form sent: the sections the account may write, and the particulars when it may write them. */
    @PostMapping("/bao-cao/noi-dung")
    String save(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam Map<String, String> form,
            Model model) {
        Period p = Period.parse(period);
        List<Narrative.Section> sections = new ArrayList<>();
        for (String key : reports.sectionKeys()) {
            if (form.containsKey("section:" + key)) {
                sections.add(new Narrative.Section(key, form.get("section:" + key), null, null));
            }
        }
        Narrative narrative = null;
        try {
            String date = form.getOrDefault("date", "");
            narrative = new Narrative(
                    PARTICULARS.stream().noneMatch(form::containsKey)
                            ? null
                            : new Narrative.Particulars(
                                    form.get("number"),
                                    form.get("place"),
                                    date.isBlank() ? null : LocalDate.parse(date),
                                    form.get("signerName"),
                                    form.get("signerTitle"),
                                    Arrays.asList(
                                            form.getOrDefault("recipients", "").split("\\R"))),
                    sections);
            reports.saveNarrative(actor, area, p, narrative, form.get("user"));
        } catch (RejectedInput | DateTimeException e) {
            fill(
                    actor,
                    model,
                    area,
                    period,
                    narrative == null || narrative.particulars() == null
                            ? new Narrative(Narrative.Particulars.NONE, sections)
                            : narrative);
            model.addAttribute(
                    "error",
                    e instanceof RejectedInput ? e.getMessage() : "Ngày ban hành không hợp lệ (dạng năm-tháng-ngày)");
            return "document/narrative";
        }
        return "redirect:/bao-cao?area=" + area + "&period=" + period;
    }

    @GetMapping("/bao-cao/cai-dat")
    String settings(Actor actor, @RequestParam String area, @RequestParam String period, Model model) {
        return settingsPage(actor, area, period, reports.precision(actor, area, Period.parse(period)), model);
    }

    /** Saves the unit's choice; an unknown one is answered 400 with the form and the reason in Vietnamese. */
    @PostMapping("/bao-cao/cai-dat")
    String saveSettings(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam String precision,
            @RequestParam(required = false) String user,
            Model model,
            HttpServletResponse response) {
        Period p = Period.parse(period);
        var chosen = Arrays.stream(PercentPrecision.values())
                .filter(c -> c.name().equals(precision))
                .findFirst();
        if (chosen.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "error",
                    "Cách ghi %% kế hoạch \"%s\" không có: chọn số nguyên hoặc một chữ số thập phân"
                            .formatted(precision));
            return settingsPage(actor, area, period, reports.precision(actor, area, p), model);
        }
        reports.savePrecision(actor, area, p, chosen.get(), user);
        return "redirect:/bao-cao?area=" + area + "&period=" + period;
    }

    private String settingsPage(Actor actor, String area, String period, PercentPrecision precision, Model model) {
        Area unit = areas.require(area, Period.parse(period), "area");
        model.addAttribute("area", area);
        model.addAttribute("period", period);
        model.addAttribute("unit", unit);
        model.addAttribute("precisions", PercentPrecision.values());
        model.addAttribute("precision", precision);
        model.addAttribute("writable", reports.particularsWritable(actor, unit));
        return "document/settings";
    }

    private void fill(Actor actor, Model model, String area, String period, Narrative narrative) {
        Area unit = areas.require(area, Period.parse(period), "area");
        List<String> writable = reports.writableSections(actor, unit);
        model.addAttribute("writable", writable);
        model.addAttribute("particularsWritable", reports.particularsWritable(actor, unit));
        model.addAttribute("area", area);
        model.addAttribute("period", period);
        model.addAttribute("particulars", narrative.particulars());
        model.addAttribute(
                "recipients", String.join("\n", narrative.particulars().recipients()));
        model.addAttribute(
                "sections",
                reports.sectionKeys().stream()
                        .map(k -> new SectionForm(
                                k, ReportSections.heading(k), narrative.text(k).orElse("")))
                        .toList());
    }
}

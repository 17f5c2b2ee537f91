package vn.ktxh.cycle.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Access;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.cycle.ReportingCalendar;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureCheck;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.VnNumber;

/**
 * Nhập số liệu: one form per area and period listing the indicators due (the reporting cycle's rule, and any
 * already reported), the target beside each input. Saving goes through {@link Figures#store}: all or
 * nothing; when anything is refused the form comes back with every typed value and each message
 * beside its field.
 */
@Controller
class DataEntryPage {

    /** One line of the form: what is asked, what is stored, what was typed, and what is wrong with it. */
    record Line(
            int number,
            Indicator indicator,
            Target target,
            String stored,
            String typed,
            String error,
            boolean enabled) {

        public String field() {
            return FIELD_PREFIX + indicator.code();
        }
    }

    /** A button of the workflow: the move, the button's stable id and its words. */
    record MoveButton(ReportState.Move move, String id, String label) {

        static MoveButton of(ReportState.Move move) {
            return switch (move) {
                case SUBMIT -> new MoveButton(move, "nut-gui", "Gửi báo cáo");
                case RETURN -> new MoveButton(move, "nut-tra-lai", "Trả lại");
                case APPROVE -> new MoveButton(move, "nut-phe-duyet", "Phê duyệt");
                case REOPEN -> new MoveButton(move, "nut-mo-lai", "Mở lại");
            };
        }
    }

    static final String FIELD_PREFIX = "v_";
    /** Who the figures are recorded by until accounts exist. */
    static final String USER = "web";

    private final Figures figures;
    private final Areas areas;
    private final Indicators indicators;
    private final Cycles cycles;
    private final Accounts accounts;
    private final Workplace workplace;

    DataEntryPage(
            Figures figures,
            Areas areas,
            Indicators indicators,
            Cycles cycles,
            Accounts accounts,
            Workplace workplace) {
        this.figures = figures;
        this.areas = areas;
        this.indicators = indicators;
        this.cycles = cycles;
        this.accounts = accounts;
        this.workplace = workplace;
    }

    @GetMapping("/nhap-so-lieu")
    String form(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "ESTIMATE") FigureKind kind,
            @RequestParam(name = "saved", required = false) Integer saved,
            @RequestParam(name = "moved", required = false) ReportState.Move moved,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, period);
        String code = place.ref();
        Period p = place.period();
        Area unit = place.unit();
        model.addAttribute("saved", saved);
        model.addAttribute("moved", moved);
        return show(actor, model, unit, code, p, kind, Map.of(), new LinkedHashMap<>(), null);
    }

    @PostMapping("/nhap-so-lieu")
    String save(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam FigureKind kind,
            @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> form,
            HttpServletResponse response,
            Model model) {
        Period p = Period.parse(period);
        Area unit = areas.require(area, p, "area");
        Map<String, String> typed = typed(form);
        figures.requireEnter(
                actor,
                typed.keySet().stream()
                        .filter(code -> !typed.get(code).isBlank())
                        .map(code -> new FigureInput(code, area, p.toString(), kind.name(), null, null, null))
                        .toList());
        Map<String, String> stored = storedValues(unit, p, kind, due(unit, p).keySet());
        List<String> codes = new ArrayList<>();
        List<FigureInput> inputs = new ArrayList<>();
        typed.forEach((indicator, text) -> {
            if (!text.isBlank() && !text.strip().equals(stored.get(indicator))) {
                codes.add(indicator);
                inputs.add(
                        new FigureInput(indicator, area, p.toString(), kind.name(), text, null, "Nhập trên trang web"));
            }
        });
        if (inputs.isEmpty()) {
            return "redirect:" + url(area, p, kind) + "&saved=0";
        }
        try {
            int count = figures.store(actor, inputs, USER, reason == null || reason.isBlank() ? null : reason.strip());
            return "redirect:" + url(area, p, kind) + "&saved=" + count;
        } catch (RejectedInputs refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (RejectedInput problem : refused.problems()) {
                errors.merge(indicatorOf(problem, codes), message(problem), (a, b) -> a + " " + b);
            }
            response.setStatus(422);
            model.addAttribute("refused", refused.problems().size());
            return show(actor, model, unit, area, p, kind, typed, errors, reason);
        }
    }

    /**
     * Moves the report (gửi, trả lại, phê duyệt, mở lại) through {@link Cycles#move}, which checks the account and the
     * state; a refusal comes back on the same page, in Vietnamese, with the status that says it to a machine.
     */
    @PostMapping("/nhap-so-lieu/trang-thai")
    String move(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam ReportState.Move move,
            @RequestParam(defaultValue = "ESTIMATE") FigureKind kind,
            @RequestParam(required = false) String reason,
            HttpServletResponse response,
            Model model) {
        Period p = Period.parse(period);
        Area unit = areas.require(area, p, "area");
        try {
            cycles.move(actor, area, p, move, reason == null || reason.isBlank() ? null : reason.strip());
            return "redirect:" + url(area, p, kind) + "&moved=" + move.name();
        } catch (RejectedInput | AccessRefused | Conflict refused) {
            response.setStatus(
                    refused instanceof AccessRefused
                            ? HttpServletResponse.SC_FORBIDDEN
                            : refused instanceof Conflict
                                    ? HttpServletResponse.SC_CONFLICT
                                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("moveRefused", refused.getMessage());
            model.addAttribute("moveReason", reason);
            return show(actor, model, unit, area, p, kind, Map.of(), new LinkedHashMap<>(), null);
        }
    }

    /**
     * Checks one value as it is typed (htmx, on change), with the same rules as saving; renders its message, always as
     * the fragment (the form has no page of its own to show here), for an account that reads the unit.
     */
    @GetMapping("/nhap-so-lieu/kiem-tra")
    String check(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam FigureKind kind,
            @RequestParam Map<String, String> form,
            Model model) {
        actor.requireRead(areas.require(area, Period.parse(period), "area"));
        Map.Entry<String, String> field = typed(form).entrySet().stream()
                .findFirst()
                .orElseThrow(() -> new RejectedInput("value", "Thiếu giá trị cần kiểm tra"));
        String error = null;
        if (!field.getValue().isBlank()) {
            try {
                new FigureCheck(areas.map(), indicators.catalogue())
                        .check(new FigureInput(
                                field.getKey(), area, period, kind.name(), field.getValue(), null, null));
            } catch (RejectedInput refused) {
                error = message(refused);
            }
        }
        model.addAttribute("code", field.getKey());
        model.addAttribute("error", error);
        return "data/entry :: error(code=${code}, error=${error})";
    }

    private String show(
            Actor actor,
            Model model,
            Area unit,
            String areaRef,
            Period period,
            FigureKind kind,
            Map<String, String> typed,
            Map<String, String> errors,
            String reason) {
        actor.requireRead(unit);
        Optional<Access> access = actor.access();
        ReportState state = cycles.state(unit, period);
        Map<String, Target> due = due(unit, period);
        Map<String, String> stored = storedValues(unit, period, kind, due.keySet());
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, Target> entry : due.entrySet()) {
            String code = entry.getKey();
            Indicator indicator = catalogue.get(code);
            boolean enabled = state.editable()
                    && access.map(a -> a.canEnter(unit, indicator)).orElse(true);
            lines.add(new Line(
                    lines.size() + 1,
                    indicator,
                    entry.getValue(),
                    stored.get(code),
                    typed.getOrDefault(code, stored.getOrDefault(code, "")),
                    errors.get(code),
                    enabled));
        }
        ReportingCalendar calendar = cycles.calendar();
        model.addAttribute("state", state);
        model.addAttribute("coversFrom", calendar.coversFrom(period));
        model.addAttribute("cutOff", calendar.cutOff(period));
        model.addAttribute("deadline", calendar.deadline(period));
        model.addAttribute("moves", moves(access, unit, state));
        model.addAttribute("events", cycles.events(unit, period));
        model.addAttribute("returned", cycles.returned(unit, period).orElse(null));
        model.addAttribute("anyEnabled", lines.stream().anyMatch(Line::enabled));
        model.addAttribute("unit", unit);
        model.addAttribute("areaRef", areaRef);
        model.addAttribute("period", period);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", FigureKind.values());
        model.addAttribute("lines", lines);
        model.addAttribute("reason", reason);
        model.addAttribute("otherErrors", errors.get(null));
        return "data/entry";
    }

    /** The moves the signed-in account may make now: submit for the unit's officers, the rest for the office above. */
    private static List<MoveButton> moves(Optional<Access> access, Area unit, ReportState state) {
        List<MoveButton> out = new ArrayList<>();
        for (ReportState.Move move : ReportState.Move.values()) {
            boolean allowed = access.map(a -> move == ReportState.Move.SUBMIT ? a.canSubmit(unit) : a.canApprove(unit))
                    .orElse(true);
            if (allowed && move.allowedFrom(state)) {
                out.add(MoveButton.of(move));
            }
        }
        return out;
    }

    /** The indicators due ({@link Cycles#due}), then any the unit already reported. */
    private Map<String, Target> due(Area unit, Period period) {
        Map<String, Target> due = new LinkedHashMap<>(cycles.due(unit, period));
        figures.of(List.of(unit.id()), period, indicators.catalogue().keySet()).stream()
                .map(Figure::indicator)
                .sorted()
                .forEach(code -> due.putIfAbsent(code, null));
        return due;
    }

    private Map<String, String> storedValues(Area unit, Period period, FigureKind kind, Collection<String> codes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Figure f : figures.of(List.of(unit.id()), period, codes)) {
            if (f.kind() == kind) {
                out.put(f.indicator(), VnNumber.format(f.value()));
            }
        }
        return out;
    }

    private static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX) && name.length() > FIELD_PREFIX.length()) {
                typed.put(name.substring(FIELD_PREFIX.length()), value == null ? "" : value);
            }
        });
        return typed;
    }

    /** The indicator a refusal is about: the item "[i]" of the inputs sent; null when it names none. */
    private static String indicatorOf(RejectedInput problem, List<String> codes) {
        return problem.item() == null ? null : codes.get(problem.item());
    }

    /** Beside its field the message needs no "Dòng số liệu thứ 3:" — the field is the place. */
    private static String message(RejectedInput problem) {
        return problem.detail();
    }

    private static String url(String area, Period period, FigureKind kind) {
        return "/nhap-so-lieu?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8) + "&period=" + period + "&kind="
                + kind.name();
    }
}

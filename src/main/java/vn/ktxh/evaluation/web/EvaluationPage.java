package vn.ktxh.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.data.Figures;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.web.Htmx;
import vn.ktxh.shared.web.RenderedParts;

/** Đánh giá: the annex table of an area and period, its .xlsx, and the drill-down of one indicator. */
@Controller
class EvaluationPage {

    private final Evaluations evaluations;
    private final Areas areas;
    private final Figures figures;
    private final Workplace workplace;
    private final RenderedParts parts;

    /** What the table part shows besides the evaluation: the unit and period. */
    private record Table(Workplace.Place place) {}

    EvaluationPage(Evaluations evaluations, Areas areas, Figures figures, Workplace workplace, RenderedParts parts) {
        this.parts = parts;
        this.evaluations = evaluations;
        this.areas = areas;
        this.figures = figures;
        this.workplace = workplace;
    }

    @GetMapping("/danh-gia")
    String annex(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, period);
        List<Evaluation> evaluated = evaluations.evaluate(actor, place.ref(), place.period());
        model.addAllAttributes(place.attributes());
        model.addAttribute(
                "table",
                parts.html(
                        new Table(place),
                        List.of(evaluated),
                        "evaluation/annex-parts",
                        "table",
                        () -> Map.of(
                                "areaRef",
                                place.ref(),
                                "period",
                                place.period(),
                                "annex",
                                annexOf(place.unit(), place.period(), evaluated)),
                        request,
                        response));
        return Htmx.view(request, response, "evaluation/annex", "table");
    }

    @GetMapping("/danh-gia/xlsx")
    void workbook(Actor actor, @RequestParam String area, @RequestParam String period, HttpServletResponse response)
            throws IOException {
        Period p = Period.parse(period);
        Area unit = areas.require(area, p, "area");
        String name = "danh-gia-%s-%s.xlsx".formatted(unit.code(), p);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        EvaluationWorkbook.write(annexOf(unit, p, evaluations.evaluate(actor, area, p)), response.getOutputStream());
    }

    /** Behind one figure: the evaluation, the units it was added up from, and every change to it. */
    @GetMapping("/danh-gia/chi-tiet")
    String detail(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam String indicator,
            Model model) {
        Period p = Period.parse(period);
        Area unit = areas.require(area, p, "area");
        Evaluation evaluation = evaluations.evaluate(actor, area, p).stream()
                .filter(e -> e.indicator().code().equals(indicator))
                .findFirst()
                .orElse(null);
        var rollUp = evaluations.rollUp(actor, area, p, indicator);
        model.addAttribute("unit", unit);
        model.addAttribute("areaRef", area);
        model.addAttribute("period", p);
        model.addAttribute("indicator", rollUp.indicator());
        model.addAttribute("e", evaluation);
        model.addAttribute("rollUp", rollUp);
        model.addAttribute("history", figures.history(unit.id(), p, indicator));
        model.addAttribute("previous", p.isTerm() ? null : p.sameOfPreviousYear());
        return "evaluation/detail";
    }

    private static AnnexTable annexOf(Area unit, Period period, List<Evaluation> list) {
        return AnnexTable.of(
                "Kết quả thực hiện các chỉ tiêu chủ yếu %s của %s".formatted(period.label(), unit.fullName()), list);
    }
}

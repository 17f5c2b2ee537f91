package vn.ktxh.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.web.Htmx;

/** Chỉ tiêu: the catalogue searched live without diacritics, and each indicator's definition. */
@Controller
class IndicatorPage {

    private final Indicators indicators;

    IndicatorPage(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/chi-tieu")
    String catalogue(
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("indicators", indicators.search(q));
        model.addAttribute("catalogue", indicators.catalogue());
        return Htmx.view(request, response, "indicator/catalogue", "rows");
    }

    @GetMapping("/chi-tieu/{code}")
    String definition(@PathVariable String code, Model model) {
        Indicator indicator = indicators.require(code, "code");
        Map<String, Indicator> catalogue = indicators.catalogue();
        model.addAttribute("i", indicator);
        model.addAttribute("numerator", indicator.numerator() == null ? null : catalogue.get(indicator.numerator()));
        model.addAttribute(
                "denominator", indicator.denominator() == null ? null : catalogue.get(indicator.denominator()));
        model.addAttribute(
                "usedBy",
                catalogue.values().stream()
                        .filter(o -> code.equals(o.numerator()) || code.equals(o.denominator()))
                        .sorted(Comparator.comparing(Indicator::code))
                        .toList());
        return "indicator/definition";
    }
}

package vn.ktxh.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

    record IndicatorJson(
            String code,
            String name,
            String unit,
            String direction,
            String aggregation,
            String sector,
            String numerator,
            String denominator,
            List<String> levels,
            BigDecimal minValue,
            BigDecimal maxValue) {}

    private final Indicators indicators;

    IndicatorApi(Indicators indicators) {
        this.indicators = indicators;
    }

    /** The catalogue, optionally filtered by a diacritics-insensitive search on name or code. */
    @GetMapping
    List<IndicatorJson> search(@RequestParam(required = false) String q) {
        return indicators.search(q).stream().map(IndicatorApi::json).toList();
    }

    /** The periods an indicator is reported in (an empty list: every period of a year it has a target for). */
    @GetMapping("/{code}/reporting")
    List<String> reporting(@PathVariable String code) {
        indicators.require(code, "code");
        return Arrays.stream(Period.Type.values())
                .filter(t -> indicators.reportedIn(code, t))
                .map(Enum::name)
                .toList();
    }

    /** Sets them; for the system's administrator and the synthesis offices, who decide what communes report. */
    @PutMapping("/{code}/reporting")
    List<String> setReporting(@PathVariable String code, @RequestBody List<String> types, HttpServletRequest request) {
        if (!request.isUserInRole("ADMINISTRATOR") && !request.isUserInRole("SYNTHESIS_OFFICER")) {
            throw new AccessRefused("Chỉ quản trị hệ thống và cán bộ tổng hợp được quy định kỳ báo cáo của chỉ tiêu");
        }
        Set<Period.Type> chosen = EnumSet.noneOf(Period.Type.class);
        for (int i = 0; i < types.size(); i++) {
            try {
                chosen.add(Period.Type.valueOf(types.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new RejectedInput(
                        "[" + i + "]",
                        "Loại kỳ \"%s\" không có; dùng YEAR, HALF, NINE_MONTHS, QUARTER, MONTH"
                                .formatted(types.get(i)));
            }
        }
        indicators.setReportedIn(code, chosen);
        return reporting(code);
    }

    private static IndicatorJson json(Indicator i) {
        return new IndicatorJson(
                i.code(),
                i.name(),
                i.unit().name(),
                i.direction().name(),
                i.aggregation().name(),
                i.sector(),
                i.numerator(),
                i.denominator(),
                i.levels(),
                i.minValue(),
                i.maxValue());
    }
}

package vn.ktxh.indicator.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;

@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

    record IndicatorJson(String code, String name, String unit, String direction, String aggregation, String sector,
            String numerator, String denominator, List<String> levels, BigDecimal minValue, BigDecimal maxValue) {
    }

    private final Indicators indicators;

    IndicatorApi(Indicators indicators) {
        this.indicators = indicators;
    }

    /** The catalogue, optionally filtered by a diacritics-insensitive search on name or code. */
    @GetMapping
    List<IndicatorJson> search(@RequestParam(required = false) String q) {
        return indicators.search(q).stream().map(IndicatorApi::json).toList();
    }

    private static IndicatorJson json(Indicator i) {
        return new IndicatorJson(i.code(), i.name(), i.unit().name(), i.direction().name(), i.aggregation().name(),
                i.sector(), i.numerator(), i.denominator(), i.levels(), i.minValue(), i.maxValue());
    }
}

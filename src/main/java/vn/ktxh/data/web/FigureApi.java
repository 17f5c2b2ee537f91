package vn.ktxh.data.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

@RestController
@RequestMapping("/api/v1/figures")
class FigureApi {

    record ChangeJson(String kind, BigDecimal oldValue, BigDecimal newValue, String changedBy, Instant changedAt, String reason) {
    }

    private final Figures figures;
    private final Areas areas;

    FigureApi(Figures figures, Areas areas) {
        this.figures = figures;
        this.areas = areas;
    }

    /** Stores all the figures or none: one refused item refuses the request, naming every item at fault. */
    @PutMapping
    Map<String, Integer> store(@RequestBody List<FigureInput> inputs,
            @RequestHeader(name = "X-Reason", required = false) String reason) {
        if (inputs == null || inputs.isEmpty()) {
            throw new RejectedInput("body", "Không có số liệu nào trong yêu cầu");
        }
        return Map.of("stored", figures.store(inputs, "api", reason));
    }

    /** The audit of one figure: every change with who, when, old and new value. */
    @GetMapping("/history")
    List<ChangeJson> history(@RequestParam String area, @RequestParam String period, @RequestParam String indicator) {
        Period p = Period.parse(period);
        Area a = areas.require(area, p, "area");
        return figures.history(a.id(), p, indicator).stream()
                .map(c -> new ChangeJson(c.kind().name(), c.oldValue(), c.newValue(), c.changedBy(), c.changedAt(), c.reason()))
                .toList();
    }
}

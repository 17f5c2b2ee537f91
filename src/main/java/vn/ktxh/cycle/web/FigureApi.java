package vn.ktxh.cycle.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.data.FigureChange;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.shared.Period;

@RestController
@RequestMapping("/api/v1/figures")
class FigureApi {

    /** A line of the history: a change of the figure, or a move of its report (with neither kind nor values). */
    record ChangeJson(String event, @JsonUnwrapped FigureChange change) {}

    private final Figures figures;
    private final ObjectMapper json;
    private final Areas areas;

    private final Cycles cycles;
    private final Accounts accounts;

    FigureApi(Figures figures, Areas areas, Cycles cycles, Accounts accounts, ObjectMapper json) {
        this.json = json;
        this.figures = figures;
        this.areas = areas;
        this.cycles = cycles;
        this.accounts = accounts;
    }

    /**
     * Stores all the figures or none: one refused item refuses the request, naming every item at fault. The items are
     * checked and copied into the database as they are read, so that parsing and writing overlap.
     */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FigureInput.class))))
    Map<String, Integer> store(
            Actor actor, HttpServletRequest request, @RequestHeader(name = "X-Reason", required = false) String reason)
            throws IOException {
        return Map.of(
                "stored",
                figures.storeStream(actor, FigureLines.jsonArray(request.getInputStream(), json), "api", reason)
                        .stored());
    }

    /**
     * The audit of one figure: its creation and every change with who, when, old and new value and source, among the
     * moves of its report (gửi, phê duyệt, mở lại) in the order they happened.
     */
    @GetMapping("/history")
    List<ChangeJson> history(
            Actor actor, @RequestParam String area, @RequestParam String period, @RequestParam String indicator) {
        Period p = Period.parse(period);
        Area a = areas.require(area, p, "area");
        actor.requireRead(a);
        List<ChangeJson> out = new ArrayList<>();
        figures.history(a.id(), p, indicator)
                .forEach(c -> out.add(new ChangeJson(c.oldValue() == null ? "tạo mới" : "sửa", c)));
        cycles.events(a, p)
                .forEach(e -> out.add(new ChangeJson(
                        e.to().label().toLowerCase(Locale.ROOT),
                        new FigureChange(null, null, null, null, null, e.by(), e.at(), e.reason()))));
        out.sort(Comparator.comparing(line -> line.change().changedAt()));
        return out;
    }
}

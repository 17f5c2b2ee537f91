package vn.ktxh.area.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.area.Lineage;
import vn.ktxh.area.LineageStep;
import vn.ktxh.shared.Json;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VietnamTime;

@RestController
@RequestMapping("/api/v1/areas")
class AreaApi {

    record AreaJson(String code, String name, String kind, String parentCode, LocalDate validFrom, LocalDate validTo) {}

    record StepJson(String code, String name, String event, LocalDate date, BigDecimal share, String legalBasis) {}

    record LineageJson(
            String code,
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            List<StepJson> predecessors,
            List<StepJson> successors) {}

    private final Areas areas;
    private final Clock clock;

    AreaApi(Areas areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    /** The units on a day (today by default), optionally filtered by a diacritics-insensitive name search. */
    @GetMapping
    List<AreaJson> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String q) {
        AreaMap map = areas.map();
        return map.asOf(asOf == null ? VietnamTime.today(clock) : asOf, q).stream()
                .map(a -> json(map, a))
                .toList();
    }

    /** Where the unit with this code (on {@code asOf}, else the latest with it) came from and went into. */
    @GetMapping("/{code}/lineage")
    LineageJson lineage(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Area area = areas.find(code, asOf)
                .orElseThrow(() -> new RejectedInput(
                        "code",
                        "Không có đơn vị hành chính mã \"%s\"%s"
                                .formatted(code, asOf == null ? "" : " vào ngày " + asOf)));
        Lineage lineage = areas.map().lineage(area);
        return new LineageJson(
                area.code(),
                area.fullName(),
                area.validFrom(),
                area.validTo(),
                lineage.predecessors().stream().map(AreaApi::step).toList(),
                lineage.successors().stream().map(AreaApi::step).toList());
    }

    private static StepJson step(LineageStep s) {
        return new StepJson(
                s.other().code(),
                s.other().fullName(),
                s.event().kind().label(),
                s.event().effective(),
                Json.plain(s.share()),
                s.event().legalBasis());
    }

    private static AreaJson json(AreaMap map, Area a) {
        String parent = a.parentId() == null
                ? null
                : map.byId(a.parentId()).map(Area::code).orElse(null);
        return new AreaJson(a.code(), a.fullName(), a.kind().label(), parent, a.validFrom(), a.validTo());
    }
}

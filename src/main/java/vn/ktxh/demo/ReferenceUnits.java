package vn.ktxh.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.Areas;
import vn.ktxh.area.LineageEvent;
import vn.ktxh.area.NewArea;
import vn.ktxh.area.NewLink;
import vn.ktxh.shared.files.Csv;

/**
 * Loads the reference lists of units (codes from the national registry, lineage from Nghị quyết
 * 1670 and 1672/NQ-UBTVQH15). The lists give no start date for the old units; they are verified as in
 * force from 2021 on, so 2021-01-01 is used as the start of every unit of the old list.
 */
final class ReferenceUnits {

    static final LocalDate KNOWN_FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_OLD_DAY = REORGANISED.minusDays(1);
    /** The root unit the migration creates. */
    private static final String NATION = "VN";

    private static final String PROVINCES_BASIS =
            "Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh";

    private final Areas areas;
    private final DemoFiles files;

    ReferenceUnits(Areas areas, DemoFiles files) {
        this.areas = areas;
        this.files = files;
    }

    void load() {
        loadProvinces();
        loadOldLaiChau();
        loadNewLaiChau();
        loadTamThanh();
    }

    /**
     * The 63 provinces under the nation until 2025-06-30 and the 34 from 2025-07-01 (Nghị quyết
     * 202/2025/QH15): a province not merged is one unit throughout, a merged one ends and its
     * successor takes it whole.
     */
    private void loadProvinces() {
        Map<String, List<Csv.Row>> bySuccessor = new LinkedHashMap<>();
        for (Csv.Row row : files.rows("reference/provinces-2025.csv")) {
            bySuccessor
                    .computeIfAbsent(row.require("new_code"), k -> new ArrayList<>())
                    .add(row);
        }
        bySuccessor.forEach((code, rows) -> {
            boolean merged = rows.size() > 1;
            for (Csv.Row row : rows) {
                areas.record(new NewArea(
                        row.require("old_code"),
                        row.require("old_name"),
                        AreaKind.ofLabel(row.require("old_kind")),
                        NATION,
                        KNOWN_FROM,
                        merged ? LAST_OLD_DAY : null,
                        false));
            }
            if (merged) {
                Csv.Row first = rows.get(0);
                recordMerged(
                        new NewArea(
                                code,
                                first.require("new_name"),
                                AreaKind.ofLabel(first.require("new_kind")),
                                NATION,
                                REORGANISED,
                                null,
                                false),
                        PROVINCES_BASIS,
                        rows.stream().map(r -> r.require("old_code")).toList());
            }
        });
    }

    private void loadOldLaiChau() {
        for (Csv.Row row : files.rows("reference/lai-chau-units-2024.csv")) {
            if (!"cấp tỉnh".equals(row.get("level"))) {
                areas.record(new NewArea(
                        row.require("code"),
                        row.require("name"),
                        AreaKind.ofLabel(row.require("kind")),
                        row.get("parent_code"),
                        KNOWN_FROM,
                        LAST_OLD_DAY,
                        false));
            }
        }
    }

    private void loadNewLaiChau() {
        for (Csv.Row row : files.rows("reference/lai-chau-units-2025.csv")) {
            areas.record(new NewArea(
                    row.require("code"),
                    row.require("name"),
                    AreaKind.ofLabel(row.require("kind")),
                    row.require("province_code"),
                    REORGANISED,
                    null,
                    false));
        }
        Map<String, List<Csv.Row>> bySuccessor = new LinkedHashMap<>();
        for (Csv.Row row : files.rows("reference/lai-chau-lineage-2025.csv")) {
            bySuccessor
                    .computeIfAbsent(row.require("new_code"), k -> new ArrayList<>())
                    .add(row);
        }
        bySuccessor.forEach((successor, links) -> areas.recordEvent(
                "giữ nguyên".equals(links.get(0).get("transfer"))
                        ? LineageEvent.Kind.CONTINUATION
                        : LineageEvent.Kind.MERGE,
                REORGANISED,
                links.get(0).require("legal_basis"),
                links.stream()
                        .map(l -> NewLink.whole(l.require("old_code"), successor))
                        .toList()));
    }

    private void loadTamThanh() {
        List<Csv.Row> rows = files.rows("reference/lang-son-tam-thanh.csv");
        Csv.Row first = rows.get(0);
        areas.record(new NewArea(
                first.require("predecessor_district_code"),
                "Lạng Sơn",
                AreaKind.PROVINCIAL_CITY,
                first.require("province_code"),
                KNOWN_FROM,
                LAST_OLD_DAY,
                false));
        for (Csv.Row row : rows) {
            String[] kindAndName = row.require("predecessor_name_with_kind").split(" ", 2);
            areas.record(new NewArea(
                    row.require("predecessor_code"),
                    kindAndName[1],
                    AreaKind.ofLabel(kindAndName[0]),
                    row.require("predecessor_district_code"),
                    KNOWN_FROM,
                    LAST_OLD_DAY,
                    false));
        }
        recordMerged(
                new NewArea(
                        first.require("code"),
                        first.require("name"),
                        AreaKind.ofLabel(first.require("kind")),
                        first.require("province_code"),
                        REORGANISED,
                        null,
                        false),
                first.require("legal_basis"),
                rows.stream().map(r -> r.require("predecessor_code")).toList());
    }

    /** A unit of the reorganisation and the merge that made it of the whole of each predecessor. */
    private void recordMerged(NewArea unit, String legalBasis, List<String> predecessors) {
        areas.record(unit);
        areas.recordEvent(
                LineageEvent.Kind.MERGE,
                REORGANISED,
                legalBasis,
                predecessors.stream().map(p -> NewLink.whole(p, unit.code())).toList());
    }
}

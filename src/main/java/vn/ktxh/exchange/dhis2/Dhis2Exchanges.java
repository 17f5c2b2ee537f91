package vn.ktxh.exchange.dhis2;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.data.Figure;
import vn.ktxh.data.Figures;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.exchange.Preview;
import vn.ktxh.exchange.UploadPreview;
import vn.ktxh.exchange.dhis2.CodeMapping.Entry;
import vn.ktxh.exchange.dhis2.CodeMapping.Kind;
import vn.ktxh.exchange.dhis2.DataValueSets.Outgoing;
import vn.ktxh.exchange.storage.Dhis2MappingRows;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.files.Csv;

/**
 * Exchange with DHIS2: a unit's reported figures of a period as a data value set, a data value set checked and kept
 * as an upload's preview (then committed by the exchange module, as every upload), and the code mapping.
 */
@Service
public class Dhis2Exchanges {

    /** The mapping's CSV columns, as {@link #mappingCsv()} writes them and {@link #replaceMapping} reads them. */
    public static final List<String> MAPPING_COLUMNS = List.of("kind", "dhis2", "code");

    private final Areas areas;
    private final Indicators indicators;
    private final Figures figures;
    private final Exchanges exchanges;
    private final Dhis2MappingRows mapping;

    Dhis2Exchanges(Areas areas, Indicators indicators, Figures figures, Exchanges exchanges, Dhis2MappingRows mapping) {
        this.areas = areas;
        this.indicators = indicators;
        this.figures = figures;
        this.exchanges = exchanges;
        this.mapping = mapping;
    }

    /**
     * The figures the unit reported for the period, both kinds; values worked out from the units below are left out,
     * as DHIS2 aggregates its own. {@code area} is a unit code or a mapped orgUnit, {@code period} in either notation.
     */
    public DataValueSet export(Actor actor, String area, String period) {
        Period p = Dhis2Period.either(period);
        Dhis2Period.format(p); // a period DHIS2 cannot name is refused before anything is read
        CodeMapping codes = mapping.all();
        Area unit = areas.require(codes.inbound(Kind.ORG_UNIT, area == null ? "" : area.strip()), p, "area");
        actor.requireRead(unit);
        List<Outgoing> out = figures
                .of(List.of(unit.id()), p, indicators.catalogue().keySet())
                .stream()
                .filter(f -> !f.derived())
                .sorted(Comparator.comparing(Figure::indicator).thenComparing(Figure::kind))
                .map(f -> new Outgoing(f.indicator(), unit.code(), p, f.kind(), f.value(), f.source()))
                .toList();
        return DataValueSets.write(out, codes);
    }

    /** Reads the set through the mapping and hands it to the checks of every upload; nothing is stored here. */
    public Preview preview(Actor actor, String name, DataValueSet set, String user) {
        Set<String> known = areas.map().asOf(null, "").stream().map(Area::code).collect(Collectors.toSet());
        return exchanges.upload(
                actor,
                name,
                DataValueSets.read(
                        set, mapping.all(), indicators.catalogue().keySet(), known::contains, Exchanges.MAX_ROWS),
                user);
    }

    /** The mapping as CSV, the form {@link #replaceMapping} reads back. */
    public String mappingCsv() {
        StringBuilder out = new StringBuilder(String.join(",", MAPPING_COLUMNS)).append("\r\n");
        for (Entry e : mapping.all().entries()) {
            out.append(String.join(",", Csv.cell(e.kind().name()), Csv.cell(e.dhis2Id()), Csv.cell(e.code())))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** The whole table replaced by the CSV file's rows, all or none; every line that is wrong is named. */
    @Transactional
    public int replaceMapping(Actor actor, String csv, String user) {
        actor.requireAdministrator("quản lý bảng ánh xạ mã DHIS2");
        if (csv == null || csv.isBlank()) {
            throw new RejectedInput("file", "Tệp trống; dòng đầu phải là: " + String.join(",", MAPPING_COLUMNS));
        }
        List<Csv.Row> rows = Csv.read(new StringReader(csv));
        Set<String> indicatorCodes = indicators.catalogue().keySet();
        Set<String> areaCodes =
                areas.map().asOf(null, "").stream().map(Area::code).collect(Collectors.toSet());
        List<Entry> entries = new ArrayList<>();
        List<RejectedInput> problems = new ArrayList<>();
        record OfKind(Kind kind, String value) {} // a DHIS2 id or a code: each is mapped once per kind
        Set<OfKind> seenIds = new HashSet<>();
        Set<OfKind> seenCodes = new HashSet<>();
        for (Csv.Row row : rows) {
            try {
                Entry e = entry(row, indicatorCodes, areaCodes);
                if (!seenIds.add(new OfKind(e.kind(), e.dhis2Id())) || !seenCodes.add(new OfKind(e.kind(), e.code()))) {
                    throw new RejectedInput(
                            "dhis2",
                            "Dòng %d: %s \"%s\" hoặc mã \"%s\" đã có ở dòng trước; mỗi mã chỉ ánh xạ một lần"
                                    .formatted(row.line(), e.kind().field(), e.dhis2Id(), e.code()));
                }
                entries.add(e);
            } catch (RejectedInput problem) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputs(
                    problems.stream().limit(UploadPreview.MAX_PROBLEMS).toList());
        }
        mapping.replace(entries, user);
        return entries.size();
    }

    private static Entry entry(Csv.Row row, Set<String> indicatorCodes, Set<String> areaCodes) {
        Kind kind;
        try {
            kind = Kind.valueOf(row.require("kind").strip());
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(
                    "kind",
                    "Dòng %d: loại \"%s\" không hợp lệ; dùng DATA_ELEMENT, ORG_UNIT hoặc CATEGORY_OPTION_COMBO"
                            .formatted(row.line(), row.get("kind")));
        }
        String id = row.require("dhis2").strip();
        String code = row.require("code").strip();
        if (id.length() > 100) {
            throw new RejectedInput("dhis2", "Dòng %d: mã DHIS2 dài quá 100 ký tự".formatted(row.line()));
        }
        boolean known = switch (kind) {
            case DATA_ELEMENT -> indicatorCodes.contains(code);
            case ORG_UNIT -> areaCodes.contains(code);
            case CATEGORY_OPTION_COMBO -> code.equals("ESTIMATE") || code.equals("FINAL");
        };
        if (!known) {
            throw new RejectedInput(
                    "code", "Dòng %d: \"%s\" không phải %s của KTXH".formatted(row.line(), code, kind.ours()));
        }
        return new Entry(kind, id, code);
    }
}

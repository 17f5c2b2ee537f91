package vn.ktxh.exchange.dhis2;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bảng ánh xạ mã DHIS2: where a national system's identifier differs from ours, which of ours it means — a data
 * element to an indicator code, an organisation unit to a unit code, a category option combo to ESTIMATE or FINAL.
 * Identifiers without a row are taken as our own codes (DHIS2's {@code idScheme=CODE}); both ways are one to one.
 */
public final class CodeMapping {

    public enum Kind {
        DATA_ELEMENT("dataElement", "mã chỉ tiêu"),
        ORG_UNIT("orgUnit", "mã đơn vị"),
        CATEGORY_OPTION_COMBO("categoryOptionCombo", "loại số liệu ESTIMATE/FINAL");

        private final String field;
        private final String ours;

        Kind(String field, String ours) {
            this.field = field;
            this.ours = ours;
        }

        /** The DHIS2 field the kind appears in. */
        public String field() {
            return field;
        }

        /** What it maps to, in words. */
        public String ours() {
            return ours;
        }
    }

    /** One row: DHIS2's identifier of a kind and our code for it. */
    public record Entry(Kind kind, String dhis2Id, String code) {}

    private final List<Entry> entries;
    private final Map<Kind, Map<String, String>> fromDhis2 = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, String>> toDhis2 = new EnumMap<>(Kind.class);

    public CodeMapping(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Kind kind : Kind.values()) {
            fromDhis2.put(kind, new HashMap<>());
            toDhis2.put(kind, new HashMap<>());
        }
        for (Entry e : this.entries) {
            fromDhis2.get(e.kind()).put(e.dhis2Id(), e.code());
            toDhis2.get(e.kind()).put(e.code(), e.dhis2Id());
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Our code for a DHIS2 identifier: the mapped one, or the identifier itself. */
    public String inbound(Kind kind, String dhis2Id) {
        return fromDhis2.get(kind).getOrDefault(dhis2Id, dhis2Id);
    }

    public boolean mapsFrom(Kind kind, String dhis2Id) {
        return fromDhis2.get(kind).containsKey(dhis2Id);
    }

    /** DHIS2's identifier for our code: the mapped one, or the code itself. */
    public String outbound(Kind kind, String code) {
        return toDhis2.get(kind).getOrDefault(code, code);
    }
}

package vn.ktxh.exchange.dhis2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.ktxh.data.FigureKind;
import vn.ktxh.exchange.FileContents;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.exchange.Place;
import vn.ktxh.exchange.UploadedFigure;
import vn.ktxh.exchange.dhis2.CodeMapping.Kind;
import vn.ktxh.exchange.dhis2.DataValueSet.DataValue;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * Figures to and from DHIS2's data value set: dataElement is the indicator, orgUnit the unit, period in DHIS2's
 * notation, categoryOptionCombo {@code ESTIMATE} (ước thực hiện) or {@code FINAL} (thực hiện), each through the
 * {@link CodeMapping} where a national system's identifiers differ. Reading only translates and places every item at
 * {@code dataValues[i]}; the checks of every upload (catalogue, units, rights, locks) follow in the exchange module.
 */
public final class DataValueSets {

    /** DHIS2's name of its default category option combo, which a value without one stands for. */
    private static final String DEFAULT_COMBO = "default";
    /** Our fields as the JSON names them, so that a refusal points where the sender looks. */
    private static final Map<String, String> FIELDS = Map.of(
            "indicator",
            "dataElement",
            "area",
            "orgUnit",
            "kind",
            "categoryOptionCombo",
            "period",
            "period",
            "value",
            "value",
            "note",
            "comment");

    /** A figure to send: our codes and the value, in the indicator's unit. */
    public record Outgoing(
            String indicator, String area, Period period, FigureKind kind, BigDecimal value, String note) {}

    private DataValueSets() {}

    public static DataValueSet write(List<Outgoing> figures, CodeMapping mapping) {
        return new DataValueSet(
                null,
                null,
                null,
                null,
                figures.stream()
                        .map(f -> new DataValue(
                                mapping.outbound(Kind.DATA_ELEMENT, f.indicator()),
                                Dhis2Period.format(f.period()),
                                mapping.outbound(Kind.ORG_UNIT, f.area()),
                                mapping.outbound(
                                        Kind.CATEGORY_OPTION_COMBO, f.kind().name()),
                                Dhis2Value.format(f.value()),
                                f.note()))
                        .toList());
    }

    /**
     * The values as an upload's contents, every item that does not map refused where it stands with what did not map.
     * {@code indicators} are the catalogue's codes, {@code knownArea} tells a unit code of any time.
     */
    public static FileContents read(
            DataValueSet set, CodeMapping mapping, Set<String> indicators, Predicate<String> knownArea, int maxValues) {
        if (set.dataValues().isEmpty()) {
            throw new RejectedInput("dataValues", "Tập dữ liệu không có giá trị nào (dataValues trống)");
        }
        if (set.dataValues().size() > maxValues) {
            throw new RejectedInput(
                    "dataValues",
                    "Tập dữ liệu có %d giá trị, quá giới hạn %d một lần nhập; hãy chia thành nhiều tập"
                            .formatted(set.dataValues().size(), maxValues));
        }
        List<UploadedFigure> figures = new ArrayList<>();
        List<ProblemAt> problems = new ArrayList<>();
        for (int i = 0; i < set.dataValues().size(); i++) {
            Item item = new Item(
                    Place.item("dataValues", i, FIELDS), set.dataValues().get(i), set, problems);
            String indicator = item.code(Kind.DATA_ELEMENT, item.value.dataElement(), mapping, indicators::contains);
            String area = item.code(Kind.ORG_UNIT, or(item.value.orgUnit(), set.orgUnit()), mapping, knownArea);
            FigureKind kind = item.kind(mapping);
            Period period = item.period();
            BigDecimal value = item.number();
            if (item.refused == 0) {
                figures.add(new UploadedFigure(
                        item.place, indicator, area, period.toString(), kind, value, null, item.value.comment()));
            }
        }
        return new FileContents(null, null, null, figures, problems, List.of());
    }

    /** One item being read; each field that fails adds its problem, so an item names everything wrong at once. */
    private static final class Item {
        private final Place place;
        private final DataValue value;
        private final DataValueSet set;
        private final List<ProblemAt> problems;
        private int refused;

        Item(Place place, DataValue value, DataValueSet set, List<ProblemAt> problems) {
            this.place = place;
            this.value = value == null ? new DataValue(null, null, null, null, null, null) : value;
            this.set = set;
            this.problems = problems;
        }

        String code(Kind kind, String given, CodeMapping mapping, Predicate<String> known) {
            String dhis2Id = or(given, null);
            if (dhis2Id == null) {
                return refuse(kind, "thiếu %s (%s)".formatted(kind.field(), kind.ours()));
            }
            String code = mapping.inbound(kind, dhis2Id);
            if (known.test(code)) {
                return code;
            }
            return refuse(
                    kind,
                    mapping.mapsFrom(kind, dhis2Id)
                            ? "\"%s\" được ánh xạ sang %s \"%s\" nhưng mã này không có trong KTXH"
                                    .formatted(dhis2Id, kind.ours(), code)
                            : "\"%s\" không phải %s của KTXH và chưa có trong bảng ánh xạ DHIS2 (%s → %s)"
                                    .formatted(dhis2Id, kind.ours(), kind.field(), kind.ours()));
        }

        FigureKind kind(CodeMapping mapping) {
            String combo = value.categoryOptionCombo() == null
                            || value.categoryOptionCombo().isBlank()
                    ? DEFAULT_COMBO
                    : value.categoryOptionCombo().strip();
            String code = mapping.inbound(Kind.CATEGORY_OPTION_COMBO, combo);
            if (code.equals("ESTIMATE") || code.equals("FINAL")) {
                return FigureKind.valueOf(code);
            }
            return refuse(
                    Kind.CATEGORY_OPTION_COMBO,
                    combo.equals(DEFAULT_COMBO) && !mapping.mapsFrom(Kind.CATEGORY_OPTION_COMBO, combo)
                            ? "không ghi categoryOptionCombo (tổ hợp mặc định \"default\" của DHIS2) mà \"default\" chưa được ánh xạ sang ESTIMATE (ước thực hiện) hoặc FINAL (thực hiện)"
                            : "\"%s\" không phải ESTIMATE (ước thực hiện) hay FINAL (thực hiện) và chưa có trong bảng ánh xạ DHIS2"
                                    .formatted(combo));
        }

        Period period() {
            String text = or(value.period(), set.period());
            if (text == null) {
                return refuse(
                        "period",
                        "thiếu period (kỳ theo cách viết của DHIS2: 2024, 2024S1, 2024Q1, 202403), ở giá trị này hay ở tập dữ liệu");
            }
            try {
                return Dhis2Period.parse(text);
            } catch (RejectedInput e) {
                return refuse("period", e.detail());
            }
        }

        /** An empty value keeps the stored figure: an import never deletes, as no upload does. */
        BigDecimal number() {
            if (value.value() == null || value.value().isBlank()) {
                return null;
            }
            try {
                return Dhis2Value.parse(value.value());
            } catch (RejectedInput e) {
                return refuse("value", e.detail());
            }
        }

        private <T> T refuse(Kind kind, String message) {
            return refuse(
                    switch (kind) {
                        case DATA_ELEMENT -> "indicator";
                        case ORG_UNIT -> "area";
                        case CATEGORY_OPTION_COMBO -> "kind";
                    },
                    message);
        }

        private <T> T refuse(String field, String message) {
            problems.add(new ProblemAt(place, field, message));
            refused++;
            return null;
        }
    }

    private static String or(String own, String ofSet) {
        String chosen = own == null || own.isBlank() ? ofSet : own;
        return chosen == null || chosen.isBlank() ? null : chosen.strip();
    }
}

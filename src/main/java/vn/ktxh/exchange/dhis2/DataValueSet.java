package vn.ktxh.exchange.dhis2;

import java.util.List;

/**
 * DHIS2's data value set as its Web API sends and receives it ({@code /api/dataValueSets}): {@code period} and
 * {@code orgUnit} of the set apply to the values that do not name their own; {@code dataSet}, {@code completeDate}
 * and the attribute option combos are read and ignored (KTXH has a single attribute combination, DHIS2's default).
 */
public record DataValueSet(
        String dataSet, String completeDate, String period, String orgUnit, List<DataValue> dataValues) {

    public DataValueSet {
        dataValues = dataValues == null ? List.of() : List.copyOf(dataValues);
    }

    /** One value: {@code value} is a string in DHIS2's notation ("1595.3"), absent or empty for none. */
    public record DataValue(
            String dataElement,
            String period,
            String orgUnit,
            String categoryOptionCombo,
            String value,
            String comment) {}
}

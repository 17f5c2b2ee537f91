package vn.ktxh.exchange.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ktxh.exchange.dhis2.DataValueSet;
import vn.ktxh.exchange.dhis2.DataValueSet.DataValue;
import vn.ktxh.shared.RejectedInput;

/**
 * A data value set as DHIS2's JSON, read field by field so that whatever a sender adds (storedBy, created, followup...)
 * is ignored and a value sent as a JSON number is read as its exact text; written without empty fields.
 */
final class Dhis2Json {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Dhis2Json() {}

    /** At most {@code maxBytes} of JSON; more is refused before it is parsed. */
    static DataValueSet read(InputStream in, long maxBytes) throws IOException {
        return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)), maxBytes);
    }

    static DataValueSet read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new RejectedInput(
                    "file",
                    "Tệp lớn hơn %s MB, quá giới hạn một lần nhập; hãy chia thành nhiều tập"
                            .formatted(maxBytes / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            throw new RejectedInput(
                    "file", "Không có nội dung; hãy gửi một tập dữ liệu DHIS2 (dataValueSets) dạng JSON");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new RejectedInput(
                    "file",
                    "Nội dung không phải JSON hợp lệ (dòng %d, cột %d); hãy gửi một tập dữ liệu DHIS2 (dataValueSets)"
                            .formatted(
                                    e.getLocation() == null
                                            ? 0
                                            : e.getLocation().getLineNr(),
                                    e.getLocation() == null
                                            ? 0
                                            : e.getLocation().getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw new RejectedInput("file", "Tập dữ liệu DHIS2 phải là một đối tượng JSON có mảng \"dataValues\"");
        }
        JsonNode items = root.path("dataValues");
        if (!items.isMissingNode() && !items.isNull() && !items.isArray()) {
            throw new RejectedInput("dataValues", "\"dataValues\" phải là một mảng các giá trị");
        }
        List<DataValue> values = new ArrayList<>();
        for (JsonNode item : items.isArray() ? items : List.<JsonNode>of()) {
            values.add(new DataValue(
                    text(item, "dataElement"),
                    text(item, "period"),
                    text(item, "orgUnit"),
                    text(item, "categoryOptionCombo"),
                    text(item, "value"),
                    text(item, "comment")));
        }
        return new DataValueSet(
                text(root, "dataSet"), text(root, "completeDate"), text(root, "period"), text(root, "orgUnit"), values);
    }

    /** DHIS2's data value set as JSON; the set's own period and unit apply to values that name none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Dhis2DataValueSet", description = "Tập dữ liệu DHIS2 (dataValueSets), như Web API của DHIS2")
    record SetJson(
            @Schema(description = "Bộ dữ liệu của DHIS2; đọc và bỏ qua")
            String dataSet,

            @Schema(description = "Ngày hoàn thành; đọc và bỏ qua")
            String completeDate,

            @Schema(description = "Kỳ chung cho các giá trị không ghi kỳ", example = "2024Q1")
            String period,

            @Schema(description = "Đơn vị chung cho các giá trị không ghi đơn vị", example = "105")
            String orgUnit,

            List<ValueJson> dataValues) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "Dhis2DataValue",
            description = "Một giá trị; attributeOptionCombo, storedBy, created... được bỏ qua")
    record ValueJson(
            @Schema(description = "Mã chỉ tiêu, hoặc mã DHIS2 có trong bảng ánh xạ", example = "KT02")
            String dataElement,

            @Schema(description = "Kỳ theo cách viết của DHIS2: 2024, 2024S1, 2024Q1, 202403", example = "2024")
            String period,

            @Schema(description = "Mã đơn vị, hoặc mã DHIS2 có trong bảng ánh xạ", example = "105")
            String orgUnit,

            @Schema(
                    description =
                            "ESTIMATE (ước thực hiện) hoặc FINAL (thực hiện), hoặc mã DHIS2 có trong bảng ánh xạ; "
                                    + "không ghi: tổ hợp \"default\" của DHIS2, phải có trong bảng ánh xạ",
                    example = "FINAL")
            String categoryOptionCombo,

            @Schema(
                    description = "Giá trị, dấu chấm thập phân, không phân cách hàng nghìn; trống: giữ số đã lưu",
                    example = "1595.3")
            String value,

            @Schema(description = "Ghi chú (nguồn) của số liệu")
            String comment) {}

    static SetJson write(DataValueSet set) {
        return new SetJson(
                set.dataSet(),
                set.completeDate(),
                set.period(),
                set.orgUnit(),
                set.dataValues().stream()
                        .map(v -> new ValueJson(
                                v.dataElement(),
                                v.period(),
                                v.orgUnit(),
                                v.categoryOptionCombo(),
                                v.value(),
                                v.comment()))
                        .toList());
    }

    static byte[] bytes(DataValueSet set) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(write(set));
    }

    /** A field as text: a string as is, a number in plain notation, anything else as its JSON (refused later, by name). */
    private static String text(JsonNode node, String name) {
        JsonNode field = node.get(name);
        if (field == null || field.isNull()) {
            return null;
        }
        if (field.isString()) {
            return field.stringValue();
        }
        return field.isNumber() ? field.decimalValue().toPlainString() : field.toString();
    }
}

package vn.ktxh.scoring.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records of the benchmark's JSONL files read with Jackson into the values the scorer compares: text, BigDecimal for
 * every number (as written: 5 and 5.0 stay apart, as in Python), booleans and null. A line that is not a JSON object
 * is skipped, as score.py skips it.
 */
public final class GoldLines {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private GoldLines() {}

    public static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Map<String, Object> record = line.isBlank() ? null : parse(line);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    /** The object on the line, or null when the line is not a JSON object. */
    public static Map<String, Object> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? fields(node) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Map<String, Object> fields(JsonNode object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), value(field.getValue())));
        return fields;
    }

    private static Object value(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isObject()) {
            return fields(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.values().forEach(item -> items.add(value(item)));
            return items;
        }
        return null;
    }
}

package vn.ktxh.shared;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Đơn vị tính, as written in the documents ("triệu đồng", "%", "người"). Units of one family convert:
 * 1 tỷ đồng = 1.000 triệu đồng, 1 % = 10 ‰; any other pair only converts to itself.
 */
public record UnitOfMeasure(String name) {

    /** Each convertible unit as (family, how many base units it holds). */
    private static final Map<String, Scale> SCALES = Map.of(
            "đồng", new Scale("money", BigDecimal.ONE),
            "nghìn đồng", new Scale("money", new BigDecimal("1000")),
            "triệu đồng", new Scale("money", new BigDecimal("1000000")),
            "tỷ đồng", new Scale("money", new BigDecimal("1000000000")),
            "%", new Scale("share", BigDecimal.TEN),
            "‰", new Scale("share", BigDecimal.ONE),
            "ha", new Scale("area", BigDecimal.ONE),
            "km2", new Scale("area", new BigDecimal("100")),
            "kg", new Scale("mass", BigDecimal.ONE),
            "tấn", new Scale("mass", new BigDecimal("1000")));

    private record Scale(String family, BigDecimal factor) {}

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("tỉ đồng", "tỷ đồng"),
            Map.entry("tỷ", "tỷ đồng"),
            Map.entry("trđ", "triệu đồng"),
            Map.entry("tr.đ", "triệu đồng"),
            Map.entry("tr đồng", "triệu đồng"),
            Map.entry("%o", "‰"),
            Map.entry("phần trăm", "%"),
            Map.entry("phần nghìn", "‰"),
            Map.entry("km²", "km2"),
            Map.entry("héc ta", "ha"),
            Map.entry("hecta", "ha"));

    public UnitOfMeasure {
        String normal = name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase();
        name = ALIASES.getOrDefault(normal, normal);
    }

    public static UnitOfMeasure of(String name) {
        return new UnitOfMeasure(name);
    }

    /** The value expressed in {@code target}, or empty when the two units do not convert. */
    public Optional<BigDecimal> convert(BigDecimal value, UnitOfMeasure target) {
        if (equals(target)) {
            return Optional.of(value);
        }
        Scale from = SCALES.get(name);
        Scale to = SCALES.get(target.name);
        if (from == null || to == null || !from.family().equals(to.family())) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(from.factor()).divide(to.factor()).stripTrailingZeros());
    }

    @Override
    public String toString() {
        return name;
    }
}

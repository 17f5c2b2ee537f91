package vn.ktxh.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the benchmark compares units (a port of {@code unit_key} in the reference scorer score.py): a measure or a
 * per-unit form must be equal with spaces ignored; a counted noun is compared by its first word, or after a scale
 * word by the scale word and the next ("triệu lượt khách" matches "triệu lượt").
 */
public record UnitKey(boolean whole, String key) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("phầntrăm", "%"),
            Map.entry("%o", "‰"),
            Map.entry("phầnnghìn", "‰"),
            Map.entry("tr.đ", "triệuđồng"),
            Map.entry("trđ", "triệuđồng"),
            Map.entry("trđồng", "triệuđồng"),
            Map.entry("tr.đồng", "triệuđồng"),
            Map.entry("triệu", "triệuđồng"),
            Map.entry("tỷ", "tỷđồng"),
            Map.entry("tỉđồng", "tỷđồng"),
            Map.entry("tỉ", "tỷđồng"),
            Map.entry("km²", "km2"),
            Map.entry("m²", "m2"),
            Map.entry("m³", "m3"),
            Map.entry("hécta", "ha"),
            Map.entry("hecta", "ha"),
            Map.entry("điểm%", "%"),
            Map.entry("điểmphầntrăm", "%"),
            Map.entry("đôlamỹ", "usd"),
            Map.entry("đôla", "usd"),
            Map.entry("kilogram", "kg"),
            Map.entry("kilôgam", "kg"));
    private static final Set<String> MEASURES = Set.of(
            "%",
            "‰",
            "đồng",
            "nghìnđồng",
            "triệuđồng",
            "tỷđồng",
            "usd",
            "triệuusd",
            "ha",
            "km2",
            "m2",
            "m3",
            "km",
            "m",
            "tấn",
            "tạ",
            "kg",
            "g",
            "lít",
            "năm",
            "tháng",
            "ngày",
            "giờ",
            "phút");
    private static final Set<String> SCALES = Set.of("nghìn", "ngàn", "triệu", "tỷ", "tỉ");

    public static UnitKey of(String unit) {
        if (unit == null) {
            return new UnitKey(true, "");
        }
        String raw = Normalizer.normalize(unit, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        String noSpaces = raw.replace(" ", "");
        String squeezed = ALIASES.getOrDefault(noSpaces, noSpaces);
        if (squeezed.contains("/") || MEASURES.contains(squeezed) || squeezed.isEmpty()) {
            return new UnitKey(true, squeezed);
        }
        List<String> words = words(raw);
        if (words.isEmpty()) {
            return new UnitKey(true, squeezed);
        }
        if (SCALES.contains(words.get(0)) && words.size() > 1) {
            return new UnitKey(false, words.get(0) + " " + words.get(1));
        }
        return new UnitKey(false, words.get(0));
    }

    /** Python's re.findall(r"[\w%‰]+"): runs of letters, digits, underscore, "%" and "‰" (combining marks count as \w). */
    private static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)
                    || cp == '_'
                    || cp == '%'
                    || cp == '‰'
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}

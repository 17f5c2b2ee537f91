package vn.ktxh.extraction;

import java.util.List;
import java.util.Map;

/**
 * The words that bound a value: "trên 91,5%" (&gt;), "99,9% trở lên" (&gt;=), "dưới 13,99%" (&lt;), "giảm xuống còn
 * 10,59%" (&lt;=, in a target), "khoảng 30ha" (~), "duy trì 100%". The word nearest the number wins, except that
 * a bound beats a hedge ("khoảng trên 500" is &gt;), and a word applies only to the number it precedes.
 */
final class ComparatorWords {

    /** Phrases that may stand right before a number, longest first within each meaning. */
    /** ("đạt và vượt 20 chỉ tiêu" describes the indicators, not the count: "=".) */
    private static final List<Map.Entry<String, Comparison>> BEFORE = List.of(
            Map.entry("đạt và vượt", Comparison.EQUAL),
            Map.entry("không dưới", Comparison.AT_LEAST),
            Map.entry("ít nhất", Comparison.AT_LEAST),
            Map.entry("tối thiểu", Comparison.AT_LEAST),
            Map.entry("≥", Comparison.AT_LEAST),
            Map.entry(">=", Comparison.AT_LEAST),
            Map.entry("không quá", Comparison.AT_MOST),
            Map.entry("tối đa", Comparison.AT_MOST),
            Map.entry("≤", Comparison.AT_MOST),
            Map.entry("không đến", Comparison.BELOW),
            Map.entry("chưa đến", Comparison.BELOW),
            Map.entry("dưới", Comparison.BELOW),
            Map.entry("<", Comparison.BELOW),
            Map.entry("cao hơn", Comparison.ABOVE),
            Map.entry("nhiều hơn", Comparison.ABOVE),
            Map.entry("trên", Comparison.ABOVE),
            Map.entry("hơn", Comparison.ABOVE),
            Map.entry("vượt", Comparison.ABOVE),
            Map.entry(">", Comparison.ABOVE),
            Map.entry("khoảng", Comparison.ABOUT),
            Map.entry("gần", Comparison.ABOUT),
            Map.entry("xấp xỉ", Comparison.ABOUT),
            Map.entry("chừng", Comparison.ABOUT),
            Map.entry("duy trì", Comparison.MAINTAIN),
            Map.entry("giữ vững", Comparison.MAINTAIN),
            Map.entry("giữ ổn định", Comparison.MAINTAIN),
            Map.entry("đạt", Comparison.EQUAL),
            Map.entry("là", Comparison.EQUAL),
            Map.entry("bằng", Comparison.EQUAL),
            Map.entry("có", Comparison.EQUAL));

    private ComparatorWords() {}

    /**
     * The comparator of the number at [start, …) whose unit ends at {@code unitEnd}; {@code target} tells whether
     * "còn" bounds from above (a plan's "giảm xuống còn") or just states a level (a report's "còn lại 165 hộ").
     */
    static Comparison of(String text, int start, int unitEnd, boolean target) {
        String after = Words.after(text, unitEnd, 2);
        if (after.startsWith("trở lên")) {
            return Comparison.AT_LEAST;
        }
        if (after.startsWith("trở xuống")) {
            return Comparison.AT_MOST;
        }
        int sign = start - 1;
        while (sign >= 0 && text.charAt(sign) == ' ') {
            sign--;
        }
        if (sign >= 0) {
            switch (text.charAt(sign)) {
                case '≥':
                    return Comparison.AT_LEAST;
                case '≤':
                    return Comparison.AT_MOST;
                case '>':
                    return Comparison.ABOVE;
                case '<':
                    return Comparison.BELOW;
                default:
                    break;
            }
        }
        String before = Words.before(text, start, 10);
        Comparison nearest = null;
        int nearestAt = -1;
        int nearestEnd = -1;
        for (Map.Entry<String, Comparison> word : BEFORE) {
            int at = lastWordAt(before, word.getKey());
            int end = at + word.getKey().length();
            if (at >= 0 && (end > nearestEnd || end == nearestEnd && at < nearestAt)) { // the nearest, then the longest
                nearest = word.getValue();
                nearestAt = at;
                nearestEnd = end;
            }
        }
        int conAt = lastWordAt(before, "còn");
        if (conAt > nearestAt) {
            boolean rest = Words.containsWords(before.substring(conAt), "còn lại");
            return target && !rest ? Comparison.AT_MOST : Comparison.EQUAL;
        }
        if (nearest == null) {
            return Comparison.EQUAL;
        }
        boolean adjacent = nearestEnd == before.length();
        if ((nearest.isBound() || nearest == Comparison.ABOUT) && !adjacent) {
            return Comparison.EQUAL; // "trên địa bàn … 45%": a bound word applies only to the number it precedes
        }
        return nearest;
    }

    private static int lastWordAt(String words, String phrase) {
        int at = words.lastIndexOf(phrase);
        while (at >= 0) {
            int end = at + phrase.length();
            boolean left = at == 0 || !Character.isLetter(words.charAt(at - 1));
            boolean right = end >= words.length() || !Character.isLetter(words.charAt(end));
            if (left && right) {
                return at;
            }
            at = at == 0 ? -1 : words.lastIndexOf(phrase, at - 1);
        }
        return -1;
    }
}

package vn.ktxh.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Names what a number measures, from the words of its phrase: "Thu ngân sách trên địa bàn đạt 1.595,3 triệu đồng"
 * → "Thu ngân sách trên địa bàn"; "có 18 trường" → "Số trường"; "100% hộ dân được sử dụng điện lưới" → "Tỷ lệ hộ dân
 * được sử dụng điện lưới".
 */
final class IndicatorNamer {

    /** Words that close the phrase before a number without belonging to the name. */
    private static final List<String> TRAILING = List.of(
            "ước thực hiện",
            "ước đạt",
            "ước",
            "đạt",
            "là",
            "có",
            "được",
            "trên",
            "dưới",
            "khoảng",
            "gần",
            "hơn",
            "còn",
            "giảm xuống còn",
            "xuống còn",
            "giảm xuống",
            "với",
            "cho",
            "bằng",
            "tổng số",
            "ít nhất",
            "tối thiểu",
            "từ",
            "đạt tỷ lệ",
            "tỷ lệ",
            "phấn đấu",
            "duy trì",
            "mức",
            "tăng",
            "giảm",
            "thực hiện",
            "hiện có",
            "năm",
            "trong năm",
            "đến nay",
            "tới",
            "vượt",
            "của",
            "tại",
            "đối với",
            "chiếm");

    private static final List<String> LEADING =
            List.of("trong đó", "và", "với", "có", "đạt", "riêng", "còn", "gồm", "bao gồm", "cụ thể", "tổng số");

    /** A name is read from at most this many characters before the number. */
    private static final int WINDOW = 200;

    private IndicatorNamer() {}

    static String name(String text, SentenceSplitter sentences, Candidate c) {
        int from = Math.max(sentences.segmentStart(c.start), c.start - WINDOW);
        String before = strip(text.substring(from, c.start));
        int words = before.isEmpty() ? 0 : before.split(" ").length;
        boolean counted = !c.measure && c.unit != null && !"%".equals(c.unit);
        if (words >= 2 && before.length() >= 6 && !(counted && words <= 3)) {
            return capitalise(before);
        }
        int from2 = Math.max(sentences.clauseStart(c.start), c.start - WINDOW);
        int end = Math.min(text.length(), Math.max(c.unitEnd, c.numberEnd));
        String described = Words.after(text, end, 8);
        String unit = c.unit == null ? "" : c.unit;
        if ("%".equals(unit)) {
            String rest = described.isEmpty() ? strip(text.substring(from2, c.start)) : described;
            return rest.isEmpty() ? "Tỷ lệ" : "Tỷ lệ " + rest;
        }
        if (!c.measure && !unit.isEmpty()) {
            String rest = described.isEmpty() ? "" : " " + described;
            return capitalise("số " + unit + rest);
        }
        String wider = strip(text.substring(from2, c.start));
        return wider.isEmpty() ? capitalise(unit) : capitalise(wider);
    }

    private static String strip(String phrase) {
        String s = phrase.replaceAll("[\\s\"“”()*]+", " ").strip();
        for (int round = 0; round < 20 && !s.isEmpty(); round++) {
            String cut = cutOnce(s);
            if (cut.equals(s)) {
                break;
            }
            s = cut;
        }
        return s.length() > 160 ? s.substring(s.length() - 160).strip() : s;
    }

    private static String cutOnce(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() != s.length()) {
            return s;
        }
        for (String word : TRAILING) {
            if (Words.endsWithWords(lower, word)) {
                return s.substring(0, s.length() - word.length()).strip();
            }
        }
        for (String word : LEADING) {
            if (lower.startsWith(word + " ") || lower.startsWith(word + ":")) {
                return s.substring(word.length() + 1).strip();
            }
        }
        if (s.startsWith("-") || s.startsWith("+") || s.startsWith(":") || s.startsWith(",")) {
            return s.substring(1).strip();
        }
        return s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

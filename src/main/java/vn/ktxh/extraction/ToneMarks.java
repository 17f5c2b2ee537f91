package vn.ktxh.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name's tone mark stands. Vietnamese writes "Hoà" and "Hòa", "Thuỷ" and "Thủy" for the same syllable; the
 * official lists of administrative units mark the first vowel of a final "oa", "oe", "uy" ("Thanh Hóa", "Khánh Hòa"),
 * so a name read from a page is written that way, whichever the page used.
 */
final class ToneMarks {

    /** A final "oa", "oe" or "uy" marked on its second vowel; not "quy", whose "u" belongs to "qu" ("Quý"). */
    private static final Pattern SECOND_VOWEL_MARKED =
            Pattern.compile("(?<=[\\p{L}&&[^qQ]])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\\p{L})");

    /** The five marks (grave, acute, hook, tilde, dot) on the vowels concerned, in that order. */
    private static final String[] MARKED = {
        "oòóỏõọ", "OÒÓỎÕỌ", "uùúủũụ", "UÙÚỦŨỤ", "aàáảãạ", "AÀÁẢÃẠ", "eèéẻẽẹ", "EÈÉẺẼẸ", "yỳýỷỹỵ", "YỲÝỶỸỴ"
    };

    private ToneMarks() {}

    /** {@code name} with every final "oa", "oe", "uy" marked on its first vowel: "Hoà Thành" is "Hòa Thành". */
    static String official(String name) {
        Matcher m = SECOND_VOWEL_MARKED.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String first = row(m.group().charAt(0));
            String second = row(m.group().charAt(1));
            int mark = second.indexOf(m.group().charAt(1));
            m.appendReplacement(out, "" + first.charAt(mark) + second.charAt(0));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String row(char vowel) {
        for (String row : MARKED) {
            if (row.indexOf(vowel) >= 0) {
                return row;
            }
        }
        throw new IllegalArgumentException(String.valueOf(vowel));
    }
}

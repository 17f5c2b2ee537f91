package vn.ktxh.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a heading, and the depth it gives: "Phần thứ hai" 0, "II." 1, "2." 2, "2.1." 3, "2.1.1."
 * 4, "a)" 5. A section's lead-in (its kind, its year) holds for everything under it until a heading as deep or
 * deeper comes.
 */
final class HeadingMarker {

    /** A heading in capitals with no numbering: the document's title or the title line of the heading before. */
    static final int TITLE = 99;
    /** A heading with no numbering but set in bold: under the numbered headings, over nothing but lists. */
    static final int BOLD = 5;

    private static final String ROMAN = "IVXL";
    private static final Pattern ARTICLE = Pattern.compile("(?iu)điều \\d{1,3}[.:]\\s*");

    private HeadingMarker() {}

    static int levelOf(String text) {
        return parse(text)[0];
    }

    static String withoutMarker(String text) {
        int end = parse(text)[1];
        return end <= 0 ? text : text.substring(Math.min(end, text.length())).strip();
    }

    /** {level, end of the marker}; level -1 when the text opens with no heading marker. */
    private static int[] parse(String text) {
        int n = text.length();
        if (text.regionMatches(true, 0, "Phần ", 0, 5) || text.regionMatches(true, 0, "Chương ", 0, 7)) {
            return new int[] {0, text.indexOf(' ') + 1};
        }
        Matcher article = ARTICLE.matcher(text);
        if (article.lookingAt()) {
            return new int[] {1, article.end()}; // "Điều 1." of a resolution, as deep as "I."
        }
        int i = 0;
        while (i < n && i < 5 && ROMAN.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0
                && i + 1 < n
                && (text.charAt(i) == '.' || text.charAt(i) == '-' || text.charAt(i) == '–')
                && text.charAt(i + 1) == ' ') {
            return new int[] {1, i + 1};
        }
        i = 0;
        int depth = 0;
        while (i < n) {
            int start = i;
            while (i < n && i - start < 3 && NumberReader.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start || i >= n || text.charAt(i) != '.') {
                i = start;
                break;
            }
            depth++;
            i++;
        }
        if (depth > 0) {
            boolean spaced = i < n && text.charAt(i) == ' ';
            boolean followedByNumber = i < n && NumberReader.isDigit(text.charAt(i));
            if (spaced && !followedByNumber) {
                return new int[] {Math.min(depth + 1, 4), i};
            }
            if (depth >= 1 && i < n && NumberReader.isDigit(text.charAt(i))) {
                return new int[] {-1, 0};
            }
        }
        if (n >= 3
                && Character.isLowerCase(text.charAt(0))
                && Character.isLetter(text.charAt(0))
                && text.charAt(1) == ')') {
            return new int[] {5, text.charAt(2) == '.' ? 3 : 2};
        }
        return new int[] {-1, 0};
    }
}

package vn.ktxh.extraction;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure a list line names by the label before its colon, as a yearbook's summary writes it: "- Tổng số giường bệnh:
 * 2.411" (in the beds its label counts), "- Số bác sỹ bình quân 1 vạn dân (người): 15" (in the unit its brackets give),
 * "- Số người nhiễm HIV được phát hiện trên 100.000 dân: 4,1" (a rate per people, with no unit).
 */
final class LabelledValue {

    /** A label that counts: "Tổng số giường bệnh", "Số bác sỹ …". */
    private static final Pattern COUNTING_LABEL =
            Pattern.compile("(?:\\d{1,2}[.)]\\s*|[-+•*]\\s*)?(?:tổng số|số)(?: lượng)? (\\p{L}.*)");

    /** The unit a label ends with in brackets: "(người)", "(giường)". */
    private static final Pattern BRACKETED_UNIT = Pattern.compile("\\((\\p{L}+(?: \\p{L}+)?)\\)$");

    /** A count per people ("trên 100.000 dân", "bình quân 1 vạn dân"): a rate, which has no counted noun as its unit. */
    private static final Pattern PER_PEOPLE =
            Pattern.compile("(?:trên|bình quân|/)\\s*[\\d.]*\\s*(?:vạn|nghìn)?\\s*dân");

    /** Words ending the noun a label counts: "Tổng số cơ sở y tế trên toàn tỉnh", "Số xã - Communes". */
    private static final Pattern NOUN_END = Pattern.compile(" (?:trên|của|tại|toàn|được|đã|có|bình quân|-)(?: |$)");

    private static final int NOUN_WORDS = 2;

    private LabelledValue() {}

    /**
     * The unit of the number at [start, end) if it is a list line's figure named by a counting label before its colon:
     * the label's bracketed unit or counted noun, "" for a rate per people; null when it is no such figure.
     */
    static String unitOf(String text, int start, int end) {
        int colon = Words.skipSpacesBack(text, start - 1);
        if (colon < 0 || text.charAt(colon) != ':' || !endsItsLine(text, end)) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', colon) + 1;
        return unitOfLabel(Words.lower(text.substring(lineStart, colon)).strip());
    }

    /**
     * The unit a counting label gives its figure, "Tổng số giường bệnh" → "giường bệnh", also a table row's: its
     * bracketed unit or counted noun, "" for a rate per people; null for a label that counts nothing.
     */
    static String unitOfLabel(String label) {
        Matcher counting = COUNTING_LABEL.matcher(label);
        if (!counting.matches()) {
            return null;
        }
        Matcher bracketed = BRACKETED_UNIT.matcher(label);
        if (bracketed.find()) {
            return bracketed.group(1);
        }
        if (PER_PEOPLE.matcher(label).find()) {
            return "";
        }
        String counted = counting.group(1);
        Matcher nounEnd = NOUN_END.matcher(counted);
        String noun = nounEnd.find() ? counted.substring(0, nounEnd.start()) : counted;
        String[] words = noun.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(NOUN_WORDS, words.length))); // the label is lower case
    }

    /**
     * Whether nothing but a full stop, a ", trong đó:" opening its parts, or a bracketed note ("(Theo niên giám thống kê
     * năm 2022)", a line of its own the block joins on) follows the number on its line.
     */
    private static boolean endsItsLine(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        return rest.isEmpty()
                || rest.equals(".")
                || rest.equals(";")
                || rest.startsWith("(")
                || Words.lower(rest).startsWith(", trong đó");
    }
}

package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ktxh.shared.VnNumber;

/**
 * Finds the numbers written in running text, read the Vietnamese way: "1.595,3" is 1595.3, "36.456" is 36456, "02"
 * is 2. Lenient where {@link VnNumber} is strict, because a document is read, not typed in: a number
 * glued after letters ("VH6", "Km26") belongs to a name, unless the letters end in a verb ("tăng1,36%"), and "2.1" (a dot not followed by a group of three digits)
 * is section numbering, so both are marked rather than read as quantities.
 */
final class NumberReader {

    /** Longer digit runs are codes or noise, never quantities; reading them would only cost time. */
    private static final int MAX_DIGITS = 18;

    private NumberReader() {}

    /** A number as written at [start, end): {@code quantity} is false for names, codes and section numbers. */
    record NumberToken(int start, int end, BigDecimal value, boolean quantity) {}

    static List<NumberToken> findAll(String text) {
        List<NumberToken> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean glued = start > 0 && Character.isLetter(text.charAt(start - 1)) && !afterVerbOfChange(text, start);
            StringBuilder plain = new StringBuilder();
            int digits = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            plain.append(text, digits, i);
            boolean dotted = false;
            if (i - digits <= 3) {
                while (i < n && text.charAt(i) == '.' && groupOfThree(text, i + 1)) {
                    plain.append(text, i + 1, i + 4);
                    i += 4;
                }
            }
            if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                dotted = true; // "2.1", "1.5": numbering or an ambiguous decimal, never read as a quantity
                while (i < n
                        && (isDigit(text.charAt(i))
                                || text.charAt(i) == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                    i++;
                }
            } else if (i + 1 < n && text.charAt(i) == ',' && isDigit(text.charAt(i + 1))) {
                int decimals = i + 1;
                i = decimals;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                plain.append('.').append(text, decimals, i);
            }
            boolean tooLong = plain.length() > MAX_DIGITS + 1;
            BigDecimal value = tooLong ? BigDecimal.ZERO : new BigDecimal(plain.toString());
            out.add(new NumberToken(start, i, value, !glued && !dotted && !tooLong));
        }
        return out;
    }

    /** Verbs a hurried text glues to their figure ("ngành chế biến tăng1,36%"): no name ends in one of them. */
    private static final List<String> GLUED_VERBS = List.of("tăng", "giảm", "đạt");

    private static boolean afterVerbOfChange(String text, int start) {
        for (String verb : GLUED_VERBS) {
            if (start >= verb.length() && text.regionMatches(true, start - verb.length(), verb, 0, verb.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean groupOfThree(String text, int at) {
        return at + 3 <= text.length()
                && isDigit(text.charAt(at))
                && isDigit(text.charAt(at + 1))
                && isDigit(text.charAt(at + 2))
                && (at + 3 == text.length() || !isDigit(text.charAt(at + 3)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

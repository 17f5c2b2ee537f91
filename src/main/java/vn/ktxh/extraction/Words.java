package vn.ktxh.extraction;

import java.util.Locale;

/** Reading words around a position of a block's text: a word is a run of letters, digits, "%" or "&". */
final class Words {

    private Words() {}

    /** Lower case char by char, so offsets into the result are offsets into the text (String.toLowerCase may not keep them). */
    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '%' || c == '&' || c == '‰';
    }

    /** How many words the text holds (runs of word characters). */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = isWordChar(text.charAt(i));
            if (word && !inWord) {
                words++;
            }
            inWord = word;
        }
        return words;
    }

    /** Lower-cased text of the {@code count} words before {@code pos}, stopping at punctuation other than spaces. */
    static String before(String text, int pos, int count) {
        int start = startOfWordsBefore(text, pos, count);
        return text.substring(start, pos).strip().toLowerCase(Locale.ROOT);
    }

    /** Where the {@code count} words before {@code pos} begin, not crossing punctuation (",", ";", "(", …). */
    static int startOfWordsBefore(String text, int pos, int count) {
        int i = pos;
        int start = pos;
        for (int w = 0; w < count; w++) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            if (j == 0 || !isWordChar(text.charAt(j - 1))) {
                break;
            }
            int k = j;
            while (k > 0 && isWordChar(text.charAt(k - 1))) {
                k--;
            }
            start = k;
            i = k;
        }
        return start;
    }

    /** The word before {@code pos} (lower case), or "" when punctuation or the start comes first. */
    static String previous(String text, int pos) {
        return before(text, pos, 1);
    }

    /** The original-case word before {@code pos}, or "". */
    static String previousAsWritten(String text, int pos) {
        int start = startOfWordsBefore(text, pos, 1);
        return text.substring(start, pos).strip();
    }

    /** Lower-cased text of the {@code count} words from {@code pos}, stopping at punctuation. */
    static String after(String text, int pos, int count) {
        int end = endOfWordsAfter(text, pos, count);
        return text.substring(Math.min(pos, end), end).strip().toLowerCase(Locale.ROOT);
    }

    static int endOfWordsAfter(String text, int pos, int count) {
        int i = pos;
        int end = pos;
        int n = text.length();
        for (int w = 0; w < count; w++) {
            int j = i;
            while (j < n && text.charAt(j) == ' ') {
                j++;
            }
            if (j == n || !isWordChar(text.charAt(j))) {
                break;
            }
            int k = j;
            while (k < n && isWordChar(text.charAt(k))) {
                k++;
            }
            end = k;
            i = k;
        }
        return end;
    }

    /** The last position at or before {@code i} that is not a space, or -1. */
    static int skipSpacesBack(String text, int i) {
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i;
    }

    static int skipSpaces(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether {@code text} at {@code pos} starts with {@code phrase} (lower-case) and the word ends there. */
    static boolean startsWith(String text, int pos, String phrase) {
        if (!text.regionMatches(true, pos, phrase, 0, phrase.length())) {
            return false;
        }
        int end = pos + phrase.length();
        return end >= text.length()
                || !Character.isLetter(text.charAt(end))
                || !Character.isLetter(phrase.charAt(phrase.length() - 1));
    }

    /** Whether the lower-cased {@code words} end with {@code phrase} as whole words. */
    static boolean endsWithWords(String words, String phrase) {
        if (!words.endsWith(phrase)) {
            return false;
        }
        int at = words.length() - phrase.length();
        return at == 0 || words.charAt(at - 1) == ' ';
    }

    /** Whether {@code phrase} occurs in {@code words} as whole words. */
    static boolean containsWords(String words, String phrase) {
        int from = 0;
        while (true) {
            int at = words.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean left = at == 0 || !Character.isLetter(words.charAt(at - 1));
            boolean right = end >= words.length() || !Character.isLetter(words.charAt(end));
            if (left && right) {
                return true;
            }
            from = at + 1;
        }
    }
}

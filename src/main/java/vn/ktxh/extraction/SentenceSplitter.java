package vn.ktxh.extraction;

/**
 * Where the sentence, clause and segment of each character of a block begin. A sentence ends at ". " (not the dot of
 * "1.595"); a clause at ";" outside parentheses, since a bracketed breakdown "(trong đó: A 11 tỷ đồng; B 25,8 tỷ
 * đồng)" still belongs to the clause that opened it; a segment at "," ":" and brackets.
 */
final class SentenceSplitter {

    /** A bracket left open longer than this is a typing slip, not a breakdown; the sentence ends as usual. */
    private static final int LONGEST_BRACKET = 400;

    /**
     * A dot a hurried text glued to the next sentence: "… so với cùng kỳ.Trong đó …" (a word in lower case before, a
     * capital after), not an abbreviation ("Tp.Hồ Chí Minh", "TP.HCM") nor a number or a web address.
     */
    private static boolean gluedSentence(String text, int dot) {
        if (dot + 1 >= text.length() || !Character.isUpperCase(text.charAt(dot + 1))) {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        return word.length() >= 2 && word.equals(word.toLowerCase(java.util.Locale.ROOT)) && !word.equals("tp");
    }

    private final int[] sentence;
    private final int[] clause;
    private final int[] segment;
    private final int[] part;
    private final String text;

    SentenceSplitter(String text) {
        this.text = text;
        int n = text.length();
        sentence = new int[n + 1];
        clause = new int[n + 1];
        segment = new int[n + 1];
        part = new int[n + 1];
        int parts = 0;
        int s = 0;
        int c = 0;
        int g = 0;
        int depth = 0;
        int opened = -1;
        for (int i = 0; i < n; i++) {
            sentence[i] = s;
            clause[i] = c;
            segment[i] = g;
            part[i] = parts;
            char ch = text.charAt(i);
            boolean spaceAfter = i + 1 == n || text.charAt(i + 1) == ' ' || ch == '.' && gluedSentence(text, i);
            if (ch == '(') {
                depth++;
                opened = i;
                g = i + 1;
            } else if (ch == ')') {
                depth = Math.max(0, depth - 1);
                g = i + 1;
            } else if ((ch == '.' || ch == '!' || ch == '?' || ch == '…') && spaceAfter) {
                boolean breakdownFollows =
                        i + 2 < n && text.charAt(i + 2) == '('; // ". (Trong đó: …)" still tells the same figure
                if ((depth == 0 || i - opened > LONGEST_BRACKET) && !breakdownFollows) {
                    depth = 0;
                    s = i + 1;
                    c = i + 1;
                }
                g = i + 1;
            } else if (ch == ';') {
                if (depth == 0 || i - opened > LONGEST_BRACKET) {
                    depth = 0;
                    c = i + 1;
                    parts++;
                }
                g = i + 1;
            } else if (ch == ',' || ch == ':') {
                g = i + 1;
            }
        }
        sentence[n] = s;
        clause[n] = c;
        segment[n] = g;
        part[n] = parts;
    }

    int sentenceStart(int pos) {
        return sentence[clamp(pos)];
    }

    int clauseStart(int pos) {
        return clause[clamp(pos)];
    }

    int segmentStart(int pos) {
        return segment[clamp(pos)];
    }

    /** Whether no ";" outside brackets stands between the two positions (a lead-in holds up to the next ";"). */
    boolean samePart(int a, int b) {
        return part[clamp(a)] == part[clamp(b)];
    }

    boolean sameClause(int a, int b) {
        return clauseStart(a) == clauseStart(b);
    }

    boolean sameSegment(int a, int b) {
        return segmentStart(a) == segmentStart(b);
    }

    private int clamp(int pos) {
        return Math.max(0, Math.min(pos, text.length()));
    }
}

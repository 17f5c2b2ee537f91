package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The running text of a document in blocks (paragraphs, headings), with each character remembering the line and
 * column it came from. Conversions from PDF or Word break a sentence over several lines, insert page numbers, and
 * put footnotes in the middle of a sentence that continues after them; the blocks put such sentences back together
 * so a number meets its unit and its lead-in, while {@code line} still points at the line the number stands on.
 */
final class TextFlow {

    private TextFlow() {}

    /** A paragraph or heading; {@code level} orders headings (Phần 0, I. 1, 1. 2, 1.1. 3, a) 5), -1 for text. */
    record Block(String text, int[] lines, int[] columns, int level, boolean footnote) {
        boolean heading() {
            return level >= 0;
        }

        /** 1-based line of the character at {@code offset}. */
        int lineAt(int offset) {
            return lines[Math.min(Math.max(offset, 0), lines.length - 1)];
        }

        int columnAt(int offset) {
            return columns[Math.min(Math.max(offset, 0), columns.length - 1)];
        }
    }

    /** Builds the blocks of {@code lines}, leaving out the lines in {@code skip} (0-based; read as tables). */
    static List<Block> of(List<String> lines, Set<Integer> skip) {
        int width = typicalWidth(lines);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int index = 0; index < lines.size(); index++) {
            if (skip.contains(index)) {
                current = null;
                continue;
            }
            String original = lines.get(index);
            Draft cleaned = clean(original, index + 1);
            String text = cleaned.text.toString();
            if (text.isBlank() || isPageNumber(text)) {
                continue;
            }
            boolean footnote = isFootnoteStart(original);
            boolean marker = HeadingMarker.levelOf(text.strip()) >= 0 || startsWithListItem(text.strip());
            boolean capitals = isAllCapitals(text);
            Draft target = null;
            if (current != null && !footnote && !marker) {
                int gap = index + 1 - current.lastLine;
                boolean lower = startsLowerCase(text);
                if (capitals) {
                    target = current.capitals && gap <= 3 ? current : null;
                } else if (gap <= 3
                        && !current.capitals
                        && !current.terminated()
                        && (lower || !current.heading && current.lastLineLength >= width * 6 / 10)) {
                    target = current;
                } else if (lower && !current.capitals) {
                    target = danglingBefore(drafts, index + 1);
                }
            }
            if (target == null) {
                cleaned.footnote = footnote;
                cleaned.capitals = capitals;
                cleaned.bold = isBold(original);
                cleaned.heading = marker && headingLevel(text.strip(), false, cleaned.bold) >= 0;
                cleaned.trimLeading();
                drafts.add(cleaned);
                current = cleaned;
            } else {
                target.join(cleaned);
                current = target;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Draft draft : drafts) {
            String text = draft.text.toString();
            int level = headingLevel(text.strip(), draft.capitals, draft.bold);
            if (level == HeadingMarker.TITLE
                    && !blocks.isEmpty()
                    && blocks.get(blocks.size() - 1).heading()) {
                Block previous = blocks.remove(blocks.size() - 1); // "Phần thứ hai" then its title in capitals
                Draft merged = new Draft();
                merged.append(previous.text(), previous.lines(), previous.columns());
                merged.add(
                        ' ',
                        previous.lines()[previous.lines().length - 1],
                        previous.columns()[previous.columns().length - 1]);
                merged.append(text, draft.lineArray(), draft.columnArray());
                blocks.add(new Block(
                        merged.text.toString(), merged.lineArray(), merged.columnArray(), previous.level(), false));
                continue;
            }
            blocks.add(new Block(
                    text,
                    draft.lineArray(),
                    draft.columnArray(),
                    level == HeadingMarker.TITLE ? 0 : level,
                    draft.footnote));
        }
        return blocks;
    }

    /** A line set in bold as a whole ("**Ước thực hiện năm 2024**"): a heading when short and not a sentence. */
    private static boolean isBold(String original) {
        String s = original.strip();
        return s.length() > 4 && (s.startsWith("**") && s.endsWith("**") || s.startsWith("__") && s.endsWith("__"));
    }

    private static int headingLevel(String text, boolean capitals, boolean bold) {
        int marked = HeadingMarker.levelOf(text);
        if (capitals) {
            return marked >= 0 ? marked : HeadingMarker.TITLE;
        }
        if (bold && marked < 0 && text.length() <= BOLD_HEADING && !text.endsWith(".") && !text.endsWith(";")) {
            return HeadingMarker.BOLD;
        }
        if (marked < 0 || text.length() > 160) {
            return -1;
        }
        String rest = HeadingMarker.withoutMarker(text);
        boolean sentences = rest.contains(". ") || rest.contains(";") || rest.contains(": ") && rest.length() > 80;
        return sentences ? -1 : marked;
    }

    /** The last block still waiting for the rest of its sentence, when a footnote or page break came between. */
    private static Draft danglingBefore(List<Draft> drafts, int line) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (line - d.lastLine > 60) {
                return null;
            }
            if (d.footnote || d.capitals) {
                continue;
            }
            return d.terminated() ? null : d;
        }
        return null;
    }

    /** A bold line longer than this is a sentence set in bold, not a heading. */
    private static final int BOLD_HEADING = 120;

    private static int typicalWidth(List<String> lines) {
        int[] lengths = lines.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .mapToInt(String::length)
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return 80;
        }
        return Math.max(40, Math.min(lengths[lengths.length * 3 / 4], 200));
    }

    private static boolean isPageNumber(String text) {
        String s = text.strip();
        if (s.equals("---") || s.equals("***")) {
            return true;
        }
        return s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isFootnoteStart(String original) {
        String s = original.stripLeading();
        return s.startsWith("<sup>(") || s.startsWith("<sup>") && s.length() > 5 && Character.isDigit(s.charAt(5));
    }

    /** "(1)", "(2).", "1)", "- ", "+ ": an item of a list starts a new block even when the line before runs on. */
    static boolean startsWithListItem(String s) {
        if (s.startsWith("- ") || s.startsWith("+ ") || s.startsWith("• ") || s.startsWith("– ")) {
            return true;
        }
        int i = 0;
        boolean open = i < s.length() && s.charAt(i) == '(';
        if (open) {
            i++;
        }
        int digits = i;
        while (i < s.length() && i - digits < 3 && NumberReader.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digits || i >= s.length()) {
            return false;
        }
        return open ? s.charAt(i) == ')' : s.charAt(i) == ')';
    }

    private static boolean startsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c) && c != '(' && c != '"' && c != '“') {
                return false;
            }
        }
        return false;
    }

    static boolean isAllCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    /** Strips markup the conversions leave (footnote marks in &lt;sup&gt;, **bold**, # headings, bookmarks). */
    private static Draft clean(String line, int lineNumber) {
        Draft out = new Draft();
        int n = line.length();
        int i = 0;
        int lead = 0;
        while (lead < n && line.charAt(lead) == ' ') {
            lead++;
        }
        if (lead < n && line.charAt(lead) == '#') {
            i = lead;
            while (i < n && (line.charAt(i) == '#' || line.charAt(i) == ' ')) {
                i++;
            }
        }
        while (i < n) {
            char c = line.charAt(i);
            if (c == '<') {
                int close = line.indexOf('>', i);
                if (close > 0 && close - i <= 6) {
                    String tag = line.substring(i + 1, close).toLowerCase();
                    if (tag.equals("sup") || tag.equals("sub")) {
                        int end = line.indexOf("</" + tag + ">", close);
                        if (end > 0 && end - close <= 12) {
                            String inside = line.substring(close + 1, end);
                            boolean unitPower =
                                    i > 0 && Character.isLetter(line.charAt(i - 1)) && inside.matches("[23]");
                            if (unitPower) {
                                out.add(inside.charAt(0), lineNumber, close + 1);
                            }
                            i = end + tag.length() + 3;
                            continue;
                        }
                    }
                    if (tag.matches("/?[a-z]{1,4}")) {
                        i = close + 1;
                        continue;
                    }
                }
            }
            if (c == '[' && line.startsWith("[bookmark", i)) {
                int close = line.indexOf(']', i);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (c == '*' || c == '\u00ad' || c == '\ufeff') {
                i++;
                continue;
            }
            out.add(c == '\t' || c == '\u00a0' || c == '\u2002' || c == '\u2003' ? ' ' : c, lineNumber, i);
            i++;
        }
        out.lastLine = lineNumber;
        out.lastLineLength = out.text.toString().strip().length();
        return out;
    }

    /** A block being built: its text and, per character, the line and column it came from. */
    private static final class Draft {
        final StringBuilder text = new StringBuilder();
        int[] lines = new int[16];
        int[] columns = new int[16];
        int lastLine;
        int lastLineLength;
        boolean footnote;
        boolean capitals;
        boolean bold;
        /** A numbered heading ("Điều 1. Đánh giá kết quả năm 2025"): only a line in lower case continues it. */
        boolean heading;

        void add(char c, int line, int column) {
            int at = text.length();
            if (at == lines.length) {
                lines = Arrays.copyOf(lines, at * 2);
                columns = Arrays.copyOf(columns, at * 2);
            }
            text.append(c);
            lines[at] = line;
            columns[at] = column;
        }

        void append(String s, int[] fromLines, int[] fromColumns) {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i), fromLines[i], fromColumns[i]);
            }
        }

        void trimLeading() {
            int k = 0;
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k > 0 && k < text.length()) {
                text.delete(0, k);
                lines = Arrays.copyOfRange(lines, k, lines.length);
                columns = Arrays.copyOfRange(columns, k, columns.length);
            }
        }

        void join(Draft next) {
            while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.setLength(text.length() - 1);
            }
            int at = text.length();
            add(' ', at > 0 ? lines[at - 1] : next.lastLine, at > 0 ? columns[at - 1] + 1 : 0);
            String s = next.text.toString();
            int k = 0;
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            for (int i = k; i < s.length(); i++) {
                add(s.charAt(i), next.lines[i], next.columns[i]);
            }
            lastLine = next.lastLine;
            lastLineLength = next.lastLineLength;
        }

        boolean terminated() {
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
                }
            }
            return true;
        }

        int[] lineArray() {
            return Arrays.copyOf(lines, text.length());
        }

        int[] columnArray() {
            return Arrays.copyOf(columns, text.length());
        }
    }
}

package vn.ktxh.demo;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a user reads of the demo data's provenance. The files keep the labeller's trace ("Báo cáo 002 dòng 375", "seed
 * không in %") for whoever checks them against the seeds; the system shows the document's own name instead, and a
 * derived target says in plain words that it was worked out from a printed result.
 */
final class DemoNotes {

    static final String DERIVED_TARGET = "Chỉ tiêu suy ra từ kết quả và tỷ lệ % kế hoạch đã công bố";

    private static final Map<String, String> DOCUMENTS = Map.of(
            "000", "Kế hoạch phát triển kinh tế - xã hội năm 2025 của phường Tân Phong",
            "001", "Kế hoạch thực hiện Nghị quyết 01/NQ-CP năm 2026 của UBND phường Đoàn Kết",
            "002", "Báo cáo số 5268/BC-UBND ngày 28/11/2024 của UBND thành phố Lai Châu",
            "003", "Kế hoạch thực hiện Nghị quyết 01/NQ-CP năm 2025 của UBND tỉnh Lai Châu",
            "004", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030 phường Tam Thanh");
    private static final Pattern TRACE = Pattern.compile("(?:Báo cáo|Kế hoạch) (\\d{3}) dòng [0-9][0-9\\-–]*");
    private static final Pattern LABELLERS = Pattern.compile("(?i).*\\b(seed|dòng)\\b.*");

    private DemoNotes() {}

    /** "Báo cáo 002 dòng 375" → the report's number, date and issuer. */
    static String source(String trace) {
        if (trace == null) {
            return null;
        }
        Matcher m = TRACE.matcher(trace);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(DOCUMENTS.getOrDefault(m.group(1), "văn bản gốc")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The target's note for its reader: the fixed sentence for a derived one, else the labeller's remarks left out. */
    static String targetNote(boolean derived, String note) {
        if (derived) {
            return DERIVED_TARGET;
        }
        return note == null ? null : forReaders(note);
    }

    /** Keeps the parts of a note (split at ";") that do not talk about the seed files or their lines. */
    static String forReaders(String note) {
        String kept = Arrays.stream(note.split(";"))
                .map(String::strip)
                .filter(part -> !part.isEmpty() && !LABELLERS.matcher(part).matches())
                .collect(Collectors.joining("; "));
        return kept.isEmpty() ? null : kept;
    }

    /** The task's source: the plan document and its section. */
    static String taskSource(String document, String section) {
        String name = DOCUMENTS.getOrDefault(document, "văn bản gốc");
        return section == null ? name : name + ", mục " + section;
    }
}

package vn.ktxh.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ktxh.shared.FoldedText;

/**
 * The agencies of one area, looked up by the name a sheet or a request writes. A name matches exactly
 * (ignoring case and spacing, not diacritics: "Phòng Kinh tê" is not "Phòng Kinh tế"); a near miss is
 * answered with the names it resembles, so the user can correct the row.
 */
public record AgencyDirectory(String areaName, List<Agency> agencies) {

    public AgencyDirectory {
        agencies = List.copyOf(agencies);
    }

    public Optional<Agency> find(String name) {
        String wanted = normal(name);
        return agencies.stream().filter(a -> normal(a.name()).equals(wanted)).findFirst();
    }

    public Optional<Agency> byId(long id) {
        return agencies.stream().filter(a -> a.id() == id).findFirst();
    }

    public Optional<Agency> synthesis() {
        return agencies.stream().filter(Agency::synthesis).findFirst();
    }

    /**
     * Splits "A, B, C" into agency names. Names may hold commas themselves ("Phòng Kinh tế, Hạ tầng và Đô thị"),
     * so the longest run of pieces that names a known agency wins; a piece that names none stays alone (and is
     * reported as unknown by the caller).
     */
    public List<String> split(String text) {
        List<String> pieces = Arrays.stream(text == null ? new String[0] : text.split("[,;]"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int end = i + 1;
            for (int j = pieces.size(); j > i; j--) {
                if (find(String.join(", ", pieces.subList(i, j))).isPresent()) {
                    end = j;
                    break;
                }
            }
            names.add(String.join(", ", pieces.subList(i, end)));
            i = end;
        }
        return names;
    }

    /** Names that look like {@code name} once diacritics are ignored: same start, or a few letters apart. */
    public List<String> similar(String name) {
        String wanted = FoldedText.fold(name);
        return agencies.stream()
                .filter(a -> {
                    String folded = FoldedText.fold(a.name());
                    return !wanted.isEmpty()
                            && (folded.startsWith(wanted)
                                    || wanted.startsWith(folded)
                                    || distance(folded, wanted) <= Math.max(2, wanted.length() / 5));
                })
                .sorted(Comparator.comparingInt(a -> distance(FoldedText.fold(a.name()), wanted)))
                .map(Agency::name)
                .limit(3)
                .toList();
    }

    /** "không có cơ quan "X" trong danh sách của phường Đoàn Kết (gần giống: ...)". */
    public String unknown(String name) {
        List<String> near = similar(name);
        return "không có cơ quan \"%s\" trong danh sách của %s%s"
                .formatted(name, areaName, near.isEmpty() ? "" : " (gần giống: " + String.join("; ", near) + ")");
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

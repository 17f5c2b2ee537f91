package vn.ktxh.task;

import java.util.Optional;
import vn.ktxh.shared.FoldedText;

/** Mức ưu tiên of a task. */
public enum Priority {
    HIGH("Cao"),
    NORMAL("Trung bình"),
    LOW("Thấp");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Cao", "cao", "Trung bình", "thap"; empty text means NORMAL. */
    public static Optional<Priority> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NORMAL);
        }
        String folded = FoldedText.fold(text);
        for (Priority p : values()) {
            if (FoldedText.fold(p.label).equals(folded) || p.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

package vn.ktxh.data;

import java.util.Locale;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.RejectedInput;

/** Ước thực hiện (an estimate, reported before the period closes) or thực hiện (the final figure). */
public enum FigureKind {
    ESTIMATE("ước thực hiện"),
    FINAL("thực hiện");

    private final String label;

    FigureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads "ESTIMATE", "final", "ước thực hiện", "ƯTH", "thực hiện", "TH". */
    public static FigureKind parse(String text) {
        if ("ESTIMATE".equals(text) || "FINAL".equals(text)) {
            return valueOf(text); // the API's own spelling, without folding
        }
        String folded = FoldedText.fold(text);
        return switch (folded.toUpperCase(Locale.ROOT)) {
            case "ESTIMATE", "UOC THUC HIEN", "UTH", "UOC" -> ESTIMATE;
            case "FINAL", "THUC HIEN", "TH" -> FINAL;
            default ->
                throw new RejectedInput(
                        "kind",
                        "Loại số liệu \"%s\" không hợp lệ; dùng ESTIMATE (ước thực hiện) hoặc FINAL (thực hiện)"
                                .formatted(text));
        };
    }
}

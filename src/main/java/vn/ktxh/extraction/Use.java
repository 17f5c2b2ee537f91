package vn.ktxh.extraction;

import vn.ktxh.data.FigureKind;

/** What an accepted statement becomes in KTXH: a target of a plan, or a figure (ước thực hiện, thực hiện) of a period. */
public enum Use {
    TARGET("Chỉ tiêu kế hoạch"),
    ESTIMATE("Ước thực hiện"),
    FINAL("Thực hiện");

    private final String label;

    Use(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The extractor's kind: a target stays a target, "ước" is an estimate, a result or a base value is a final figure. */
    public static Use of(Kind kind) {
        if (kind == null) {
            return TARGET;
        }
        return switch (kind) {
            case TARGET -> TARGET;
            case ESTIMATE -> ESTIMATE;
            case ACTUAL, BASELINE -> FINAL;
        };
    }

    /** The figure kind, for the two uses that are figures. */
    public FigureKind figureKind() {
        return switch (this) {
            case ESTIMATE -> FigureKind.ESTIMATE;
            case FINAL -> FigureKind.FINAL;
            case TARGET -> throw new IllegalStateException("a target is not a figure");
        };
    }
}

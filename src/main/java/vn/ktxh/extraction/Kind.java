package vn.ktxh.extraction;

/** What a figure is: a plan value (chỉ tiêu, kế hoạch), an estimate (ước), a reported result, or the base of a comparison. */
public enum Kind {
    TARGET("target"),
    ESTIMATE("estimate"),
    ACTUAL("actual"),
    BASELINE("baseline");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

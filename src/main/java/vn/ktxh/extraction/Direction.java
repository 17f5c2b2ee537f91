package vn.ktxh.extraction;

/** Whether more of the indicator is better (thu ngân sách), less is better (hộ nghèo), or neither (dân số). */
public enum Direction {
    UP("up"), DOWN("down"), NONE("none");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

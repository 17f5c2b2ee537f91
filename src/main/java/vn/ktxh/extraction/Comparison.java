package vn.ktxh.extraction;

/** How the value bounds the quantity: "đạt" (=), "trên" (>), "từ … trở lên" (>=), "dưới" (<), "giảm xuống còn" (<=), "khoảng" (~), "duy trì", a range. */
public enum Comparison {
    EQUAL("="),
    ABOVE(">"),
    AT_LEAST(">="),
    BELOW("<"),
    AT_MOST("<="),
    ABOUT("~"),
    MAINTAIN("maintain"),
    BETWEEN("between");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A bound says more than a hedge: "khoảng trên 500" is above 500, not about it. */
    boolean isBound() {
        return this == ABOVE || this == AT_LEAST || this == BELOW || this == AT_MOST;
    }
}

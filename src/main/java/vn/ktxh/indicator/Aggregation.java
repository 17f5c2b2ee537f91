package vn.ktxh.indicator;

/**
 * How a figure of several units becomes the figure of the unit they make up: added, the ratio of the
 * sums of a numerator and a denominator indicator (a rate weighted by population), the largest, or not
 * at all (an average income cannot be added).
 */
public enum Aggregation {
    SUM("cộng"),
    RATIO("tỷ lệ của hai tổng"),
    MAX("lớn nhất"),
    NONE("không tổng hợp");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.ktxh.plan;

/**
 * The forms a target takes in the documents, each with the comparator the API shows:
 * "đạt 1.595,3 triệu đồng" (=), "95% trở lên" (&gt;=), "trên 91,5%" (&gt;), "giảm xuống còn 1,65%" (&lt;=),
 * "dưới 13,99%" (&lt;), "duy trì 100%", "cao hơn ít nhất 10% so với năm 2024", "tăng bình quân hằng năm
 * 10% trở lên", "so với năm 2025 tăng 25%", "06/08 trường", "dự toán 122.000 triệu đồng" (the budget's dự toán).
 * For the growth forms the target's value is the growth in percent and the level to reach is derived
 * from the base year's figure.
 */
public enum TargetForm {
    VALUE("=", "đạt"),
    AT_LEAST(">=", "trở lên"),
    MORE_THAN(">", "trên"),
    AT_MOST("<=", "không quá"),
    LESS_THAN("<", "dưới"),
    MAINTAIN("maintain", "duy trì"),
    GROWTH_VS_PREVIOUS(">=", "tăng so với năm trước"),
    AVERAGE_ANNUAL_GROWTH(">=", "tăng bình quân hằng năm"),
    GROWTH_VS_BASE("=", "tăng so với năm gốc"),
    COUNT_OF_TOTAL("=", "đạt x/y"),
    BUDGET_ESTIMATE("=", "dự toán");

    private final String comparator;
    private final String words;

    TargetForm(String comparator, String words) {
        this.comparator = comparator;
        this.words = words;
    }

    public String comparator() {
        return comparator;
    }

    public String words() {
        return words;
    }

    /** An amount to reach, printed as a number: a plain value or the budget's dự toán. */
    public boolean isAmount() {
        return this == VALUE || this == BUDGET_ESTIMATE;
    }

    public boolean isGrowth() {
        return this == GROWTH_VS_PREVIOUS || this == AVERAGE_ANNUAL_GROWTH || this == GROWTH_VS_BASE;
    }
}

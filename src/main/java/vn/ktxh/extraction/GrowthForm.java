package vn.ktxh.extraction;

/** A growth target's form: average per year ("tăng bình quân hằng năm"), or against a base year ("so với năm 2025 tăng 25%"). */
public enum GrowthForm {
    ANNUAL_AVG("annual_avg"),
    VS_BASE("vs_base");

    private final String code;

    GrowthForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package vn.ktxh.indicator;

/** Which way is better: more revenue (UP), less poverty (DOWN), or neither (population). */
public enum Direction {
    UP("càng cao càng tốt"),
    DOWN("càng thấp càng tốt"),
    NEITHER("không xác định");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.ktxh.evaluation;

/** Vượt, đạt or không đạt kế hoạch; each with a symbol that survives printing in black and white. */
public enum Status {
    EXCEEDED("vượt", "▲"),
    MET("đạt", "●"),
    MISSED("không đạt", "▼");

    private final String label;
    private final String symbol;

    Status(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    public boolean achieved() {
        return this != MISSED;
    }
}

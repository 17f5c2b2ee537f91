package vn.ktxh.plan;

/**
 * Who decided a plan's targets, as the plan records it: the level above assigned them (giao chỉ tiêu), or the unit's own
 * council or committee resolved them (Nghị quyết HĐND, Quyết định UBND of the unit). Only the latter may the unit itself
 * record and adjust; what the level above gave it, only the level above changes.
 */
public enum DecidedBy {
    LEVEL_ABOVE("Cấp trên giao"),
    OWN_UNIT("Chính đơn vị quyết định (Nghị quyết HĐND, Quyết định UBND của đơn vị)");

    private final String label;

    DecidedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

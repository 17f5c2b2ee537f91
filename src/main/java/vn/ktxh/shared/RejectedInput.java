package vn.ktxh.shared;

/**
 * Input refused before anything is stored. The message is Vietnamese and names the field, row or line,
 * the value and what would be right; {@code field} points at the offending item (e.g. "[2].value").
 */
public class RejectedInput extends RuntimeException {

    private final String field;

    public RejectedInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public RejectedInput(String message) {
        this(null, message);
    }

    public String field() {
        return field;
    }

    /** The same refusal, placed under an enclosing item: "giá trị" inside row 3 becomes "[3].value". */
    public RejectedInput at(String prefix, String where) {
        String placed = field == null ? prefix : prefix + "." + field;
        return new RejectedInput(placed, where + ": " + getMessage());
    }
}

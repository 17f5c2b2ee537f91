package vn.ktxh.shared;

/** An upload over its limit: refused like any bad input, answered as 413 Content Too Large. */
public class TooLarge extends RejectedInput {

    public TooLarge(String field, String message) {
        super(field, message);
    }
}

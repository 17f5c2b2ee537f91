package vn.ktxh.shared;

/** The signed-in account may not do this; the message says what and where, in Vietnamese. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}

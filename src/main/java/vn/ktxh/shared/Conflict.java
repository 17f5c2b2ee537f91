package vn.ktxh.shared;

/** The request is valid but the state of things forbids it now (approved figures are locked). */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}

package vn.ktxh.shared.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached (stopped, restarting, the pool's time-out passed): the request is not wrong and
 * the account is not refused, so every door answers 503 with one Vietnamese sentence, never 401 or 500.
 */
public final class DatabaseOutage {

    public static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau ít phút";
    public static final String TITLE = "Tạm thời không phục vụ được";

    private DatabaseOutage() {}

    /** Whether the failure, or anything it wraps, is the database being out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the pool's time-out and SQLSTATE 08 (connection exception) arrive translated into these
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}

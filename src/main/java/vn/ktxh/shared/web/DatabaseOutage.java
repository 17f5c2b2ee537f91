package vn.ktxh.shared.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached (stopped, restarting, the pool's time-out passed): the request is not wrong and
 * the account is not refused, so every door answers 503 with one Vietnamese sentence, never 401 or 500.
 */
public final class DatabaseOutage {

    public static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau ít phút";
    public static final String TITLE = "Tạm thời không phục vụ được";

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything it wraps, is the database being out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || isConnectionState(t)) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is "connection exception"; 57P01–57P03 are a server shutting down or starting. */
    private static boolean isConnectionState(Throwable t) {
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P");
        }
        return false;
    }
}

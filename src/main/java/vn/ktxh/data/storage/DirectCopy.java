package vn.ktxh.data.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The COPY of a load straight into its table, fed chunk by chunk. A load of one chunk is sent by the caller. A larger
 * one is sent from a thread of its own, which ends the COPY statement every {@value #ROWS_PER_STATEMENT} rows and
 * starts the next: the database works out the kept sums of a batch (the statement's trigger) while the next batch is
 * read and checked, instead of all of them after the last line. Until {@link #finish} or {@link #close}, the
 * connection is that thread's alone.
 */
final class DirectCopy implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 50_000;

    /** Chunks read ahead of the database: what a load holds in memory beyond the one being read. */
    private static final int QUEUED = 8;

    private record Chunk(byte[] bytes, int rows) {}

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final Connection connection;
    private final String sql;
    private final ExecutorService threads;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(QUEUED);
    private Future<?> sending; // null while the caller sends
    private CopyIn copy; // the statement open, if any: touched by the sending thread alone while it runs
    private int rowsInStatement;
    private volatile SQLException refused;
    private volatile Throwable failed;
    private volatile boolean cancelled;

    DirectCopy(Connection connection, String sql, ExecutorService threads) {
        this.connection = connection;
        this.sql = sql;
        this.threads = threads;
    }

    /** Whether the database refused the load: from then on nothing more is sent. */
    boolean refused() {
        return refused != null;
    }

    /** {@code more}: whether other chunks may follow (a full chunk), which makes the load a large one. */
    void send(byte[] bytes, int rows, boolean more) {
        if (refused()) {
            return;
        }
        Chunk chunk = new Chunk(bytes, rows);
        if (sending == null && !more) {
            write(chunk);
            return;
        }
        if (sending == null) {
            sending = threads.submit(this::sendAll);
        }
        enqueue(chunk);
    }

    /**
     * Ends the load: true when every row is in the table, false when the database refused it (the caller rolls back
     * what went in).
     */
    boolean finish() {
        if (sending != null) {
            enqueue(END);
            await();
            rethrowFailure();
        } else if (!refused()) {
            end();
        }
        if (refused()) {
            cancel();
        }
        return !refused();
    }

    /** Stops the load where it is (the caller rolls back what went in). */
    @Override
    public void close() {
        cancelled = true;
        if (sending != null && !sending.isDone()) {
            chunks.clear();
            enqueue(END);
            await();
        }
        cancel();
    }

    private void cancel() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException alreadyEnded) {
            // the server ended the COPY with its refusal
        }
        copy = null;
    }

    /** The sending thread: every chunk taken, written while nothing went wrong, until the end. */
    private void sendAll() {
        try {
            for (Chunk chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                writeUnlessStopped(chunk);
            }
            if (!cancelled && !refused() && failed == null) {
                end();
            }
        } catch (InterruptedException e) {
            failed = e;
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failed = e;
        }
    }

    private void writeUnlessStopped(Chunk chunk) {
        if (cancelled || refused() || failed != null) {
            return; // taken all the same, so that the caller never waits for room
        }
        try {
            write(chunk);
        } catch (RuntimeException | Error e) {
            failed = e;
        }
    }

    /** Writes the chunk, or takes note of the database's refusal. */
    private void write(Chunk chunk) {
        try {
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            }
            copy.writeToCopy(chunk.bytes(), 0, chunk.bytes().length);
            rowsInStatement += chunk.rows();
            if (rowsInStatement >= ROWS_PER_STATEMENT) {
                end();
            }
        } catch (SQLException e) {
            refused = e;
        }
    }

    private void end() {
        if (copy == null) {
            return;
        }
        try {
            copy.endCopy();
            copy = null;
            rowsInStatement = 0;
        } catch (SQLException e) {
            refused = e;
        }
    }

    private void enqueue(Chunk chunk) {
        try {
            // the sending thread takes every chunk until the end; it is gone only when stopped with the application
            while (!chunks.offer(chunk, 1, TimeUnit.SECONDS)) {
                if (sending.isDone()) {
                    throw new IllegalStateException("Luồng chép số liệu vào cơ sở dữ liệu đã dừng", failed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Việc chép số liệu bị ngắt", e);
        }
    }

    private void await() {
        try {
            sending.get();
        } catch (ExecutionException e) {
            failed = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Việc chép số liệu bị ngắt", e);
        }
    }

    private void rethrowFailure() {
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException("Việc chép số liệu bị ngắt", failed);
        }
    }
}

package vn.ktxh.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The embedded server started before a command's context is made: a command lives a few seconds, and PostgreSQL
 * comes up while the context is built instead of after it. The context's server bean takes the server over; one
 * never taken over is stopped when the JVM ends.
 */
public final class EarlyStart {

    private static EmbeddedServer started;

    private EarlyStart() {}

    /** Starts the embedded server in the background, unless an external database is configured. */
    public static synchronized void begin(Environment env) {
        if (started != null || ExternalDatabase.of(env).isPresent()) {
            return;
        }
        EmbeddedServer server = EmbeddedServer.of(env);
        started = server;
        Thread start = new Thread(
                () -> {
                    try {
                        server.jdbcUrl();
                    } catch (RuntimeException e) {
                        // the data source asks again and says what went wrong
                    }
                },
                "database-start");
        start.setDaemon(true);
        start.start();
        Runtime.getRuntime().addShutdownHook(new Thread(EarlyStart::stopUnclaimed, "database-stop"));
    }

    /** The server started early, once: whoever takes it closes it. */
    static synchronized Optional<EmbeddedServer> takeOver() {
        Optional<EmbeddedServer> server = Optional.ofNullable(started);
        started = null;
        return server;
    }

    private static void stopUnclaimed() {
        takeOver().ifPresent(server -> {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

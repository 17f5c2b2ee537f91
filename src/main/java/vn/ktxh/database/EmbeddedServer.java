package vn.ktxh.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The embedded PostgreSQL on {@code $KTXH_HOME/db}, run as a production server: every commit reaches the disk
 * before it is acknowledged, only this machine's loopback is listened on, and every connection needs the password
 * kept in {@code $KTXH_HOME/db-password}. A server this process started is watched: if its postmaster dies, it is
 * started again on the same files and port, so the connection pool recovers by itself.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    static final String USER = "postgres";
    private static final String LOOPBACK = "127.0.0.1";
    /** Long enough for the recovery of a large database after a crash. */
    private static final Duration FIRST_START_WAIT = Duration.ofSeconds(30);
    /** Short, so that a refused restart is soon tried again; a server that comes up later is taken as it is. */
    private static final Duration RESTART_WAIT = Duration.ofSeconds(3);

    private final Path home;
    private final Path directory;
    private final boolean clean;
    private String password;
    private EmbeddedPostgres postgres;
    private volatile int startedPort; // of the server started here, kept for its restarts; read without the lock
    private Integer joinedPort;
    private ScheduledExecutorService watchdog;
    private boolean closed;
    private volatile boolean restartsHeld;
    private volatile boolean down;

    /** The server of {@code $KTXH_HOME} ({@code ktxh.home}), its files deleted first when {@code ktxh.db.clean}. */
    static EmbeddedServer of(Environment env) {
        return new EmbeddedServer(
                Path.of(env.getProperty("ktxh.home", "./data")),
                env.getProperty("ktxh.db.clean", Boolean.class, false));
    }

    EmbeddedServer(Path home, boolean clean) {
        this.home = home;
        this.directory = home.resolve("db");
        this.clean = clean;
    }

    /** Read (or made, on the very first start) only when the embedded server is used: an external one needs none. */
    synchronized String password() {
        if (password == null) {
            password = DatabasePassword.readOrCreate(home);
        }
        return password;
    }

    Path home() {
        return home;
    }

    /**
     * The embedded server's address: the one already running on these files (a command run while the application
     * serves), else one started and watched here.
     */
    synchronized String jdbcUrl() {
        if (startedPort == 0 && joinedPort == null) {
            Optional<Integer> running =
                    clean ? Optional.empty() : PostmasterFile.of(directory).livePort();
            if (running.isPresent()) {
                joinedPort = running.get();
                log.info(
                        "Dùng PostgreSQL nhúng đang chạy trên cổng {} với dữ liệu tại {}",
                        joinedPort,
                        directory.toAbsolutePath());
            } else {
                start(0, FIRST_START_WAIT);
                watch();
            }
        }
        return url(port());
    }

    private int port() {
        return joinedPort != null ? joinedPort : startedPort;
    }

    static String url(int port) {
        return "jdbc:postgresql://%s:%d/postgres".formatted(LOOPBACK, port);
    }

    /** True while the postmaster serving these files is alive (whoever started it). */
    boolean running() {
        return PostmasterFile.of(directory).livePort().isPresent();
    }

    /** Whether this process uses a server that another process (the application) started on the same files. */
    synchronized boolean joinedRunningServer() {
        return joinedPort != null;
    }

    /** Whether this process started the server (and so restarts it when it dies); never waits for a restart. */
    boolean startedHere() {
        return startedPort != 0;
    }

    /** True from the moment the watchdog finds the server started here dead until it runs again. */
    boolean down() {
        return down;
    }

    private void start(int port, Duration wait) {
        try {
            if (clean) {
                deleteDirectory();
            }
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false) // cleaning is ours: a restart after a crash must keep the files
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(wait)
                    .setConnectConfig("password", password())
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("listen_addresses", LOOPBACK)
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // the library's test defaults trade durability for speed; an acknowledged figure must survive a
                    // crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
            startedPort = postgres.getPort();
            ClientAuthentication.requirePassword(directory, () -> connect(startedPort), password());
            down = false;
            log.info(
                    "PostgreSQL nhúng chạy trên cổng {} với dữ liệu tại {}",
                    postgres.getPort(),
                    directory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + directory, e);
        }
    }

    Connection connect(int port) throws SQLException {
        return DriverManager.getConnection(url(port), USER, password());
    }

    private void watch() {
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ktxh-db-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::restartIfDead, 250, 250, TimeUnit.MILLISECONDS);
    }

    /**
     * A dead postmaster is started again on the same files and port; PostgreSQL recovers from its write-ahead log.
     * A refused start (a backend of the dead server still holds its shared memory) is tried again on the next round.
     */
    synchronized void restartIfDead() {
        if (closed || startedPort == 0 || running()) {
            down = false; // also a start that answered too late for the library but came up
            return;
        }
        down = true;
        if (restartsHeld) {
            return;
        }
        log.error("PostgreSQL nhúng đã dừng bất thường; khởi động lại trên cổng {}", startedPort);
        if (postgres != null) {
            try {
                postgres.close(); // releases the library's lock on the directory; the server is already gone
            } catch (IOException | RuntimeException e) {
                log.debug("Đóng máy chủ đã dừng", e);
            }
            postgres = null;
        }
        try {
            // a refused start leaves the library's lock on its lock file held: a new file takes a new lock
            Files.deleteIfExists(directory.resolve("epg-lock"));
            start(startedPort, RESTART_WAIT);
        } catch (IOException | RuntimeException e) {
            log.error("Chưa khởi động lại được PostgreSQL nhúng; sẽ thử lại", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        } else if (startedPort != 0) { // restarted by the watchdog, but answered the library too late
            postmasterPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
        }
        if (clean) {
            deleteDirectory();
        }
    }

    private void deleteDirectory() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** postmaster.pid holds the server's process id on its first line and its port on the fourth. */
    record PostmasterFile(Path file) {

        static PostmasterFile of(Path directory) {
            return new PostmasterFile(directory.resolve("postmaster.pid"));
        }

        Optional<Long> livePid() {
            return running().map(Running::pid);
        }

        Optional<Integer> livePort() {
            return running().map(Running::port);
        }

        /** Read once: the process id and the port, when that process is alive. */
        private Optional<Running> running() {
            try {
                List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                Running running = new Running(
                        Long.parseLong(lines.get(0).strip()),
                        Integer.parseInt(lines.get(3).strip()));
                return alive(running.pid()) ? Optional.of(running) : Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /**
         * The JDK calls a zombie alive, and a killed postmaster stays one until its new parent reaps it: soon under
         * systemd, never under a container's init that reaps nothing. Linux says which it is in /proc.
         */
        private static boolean alive(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z'; // "pid (name) state …", the name may hold ")"
            } catch (IOException | RuntimeException noProc) {
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            }
        }

        private record Running(long pid, int port) {}
    }

    /** For the outage drill: the process id of the postmaster serving these files, and its port. */
    Optional<Long> postmasterPid() {
        return PostmasterFile.of(directory).livePid();
    }

    synchronized int postmasterPort() {
        return port();
    }

    /** For the outage drill: keep the server down while the drill looks at how the application answers. */
    void holdRestarts(boolean held) {
        restartsHeld = held;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

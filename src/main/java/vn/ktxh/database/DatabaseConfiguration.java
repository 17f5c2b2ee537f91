package vn.ktxh.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the database: {@code KTXH_DB_URL} (or {@code spring.datasource.url}) selects an external
 * PostgreSQL; without one an embedded PostgreSQL is started on the files in {@code $KTXH_HOME/db}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment env, EmbeddedServer embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ktxh");
        config.setMaximumPoolSize(env.getProperty("ktxh.db.pool-size", Integer.class, 10));
        String url = firstOf(env, "KTXH_DB_URL", "spring.datasource.url");
        if (url != null) {
            config.setJdbcUrl(url);
            config.setUsername(firstOf(env, "KTXH_DB_USER", "spring.datasource.username"));
            config.setPassword(firstOf(env, "KTXH_DB_PASSWORD", "spring.datasource.password"));
            log.info("Dùng PostgreSQL ngoài: {}", url);
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(Environment env) {
        return new EmbeddedServer(Path.of(env.getProperty("ktxh.home", "./data")).resolve("db"),
                env.getProperty("ktxh.db.clean", Boolean.class, false));
    }

    private static String firstOf(Environment env, String... names) {
        for (String name : names) {
            String value = env.getProperty(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Starts the embedded server only when asked, so a configured external database starts nothing. */
    static final class EmbeddedServer implements AutoCloseable {

        private final Path directory;
        private final boolean clean;
        private EmbeddedPostgres postgres;

        EmbeddedServer(Path directory, boolean clean) {
            this.directory = directory;
            this.clean = clean;
        }

        /**
         * The embedded server's address: the one already running on these files (a report printed from the
         * command line while the application serves), else one started here.
         */
        synchronized String jdbcUrl() {
            if (!clean) {
                java.util.Optional<Integer> running = runningPort();
                if (running.isPresent()) {
                    log.info("Dùng PostgreSQL nhúng đang chạy trên cổng {} với dữ liệu tại {}", running.get(), directory.toAbsolutePath());
                    return "jdbc:postgresql://localhost:%d/postgres?user=postgres".formatted(running.get());
                }
            }
            return start().getJdbcUrl("postgres", "postgres");
        }

        /** postmaster.pid holds the server's process id on its first line and its port on the fourth. */
        private java.util.Optional<Integer> runningPort() {
            Path pidFile = directory.resolve("postmaster.pid");
            try {
                java.util.List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : java.util.List.of();
                if (lines.size() < 4 || ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive).isEmpty()) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(Integer.parseInt(lines.get(3).strip()));
            } catch (IOException | NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }

        private EmbeddedPostgres start() {
            if (postgres == null) {
                try {
                    Files.createDirectories(directory);
                    postgres = EmbeddedPostgres.builder()
                            .setDataDirectory(directory)
                            .setCleanDataDirectory(clean)
                            .setServerConfig("max_connections", "50")
                            .start();
                    log.info("PostgreSQL nhúng chạy trên cổng {} với dữ liệu tại {}", postgres.getPort(),
                            directory.toAbsolutePath());
                } catch (IOException e) {
                    throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + directory, e);
                }
            }
            return postgres;
        }

        @Override
        public synchronized void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}

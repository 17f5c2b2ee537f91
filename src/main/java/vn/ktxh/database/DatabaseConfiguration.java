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
            config.setJdbcUrl(embedded.start().getJdbcUrl("postgres", "postgres"));
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

        synchronized EmbeddedPostgres start() {
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

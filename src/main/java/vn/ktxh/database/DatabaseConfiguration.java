package vn.ktxh.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

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
        // an unreachable database is answered "503" within seconds, not after the default 30 s
        config.setConnectionTimeout(env.getProperty("ktxh.db.connection-timeout-ms", Long.class, 3000L));
        config.setValidationTimeout(1000);
        config.addDataSourceProperty("ApplicationName", "ktxh"); // told apart from the read pool in pg_stat_activity
        return ExternalDatabase.of(env)
                .map(external -> {
                    config.setJdbcUrl(external.url());
                    config.setUsername(external.user());
                    config.setPassword(external.password());
                    log.info("Dùng PostgreSQL ngoài: {}", external.url());
                    return new HikariDataSource(config);
                })
                .orElseGet(() -> {
                    config.setJdbcUrl(embedded.jdbcUrl());
                    config.setUsername(EmbeddedServer.USER);
                    config.setPassword(embedded.password());
                    return new EmbeddedDataSource(config, embedded);
                });
    }

    /**
     * With {@code KTXH_DB_READ_URL} (a streaming replica, or any server holding the same data): read-only
     * transactions — the evaluations, dashboards and reports that tolerate a second of lag — take their
     * connections from a second pool on it, everything else from the main one. Its pool is read-only, so a
     * write sent there by mistake fails instead of being lost. Unset, nothing changes.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("KTXH_DB_READ_URL")
    HikariDataSource readDataSource(Environment env, HikariDataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ktxh-read");
        config.setJdbcUrl(env.getProperty("KTXH_DB_READ_URL"));
        config.setUsername(env.getProperty("KTXH_DB_READ_USER", dataSource.getUsername()));
        config.setPassword(env.getProperty("KTXH_DB_READ_PASSWORD", dataSource.getPassword()));
        config.setMaximumPoolSize(env.getProperty("ktxh.db.pool-size", Integer.class, 10));
        config.setConnectionTimeout(env.getProperty("ktxh.db.connection-timeout-ms", Long.class, 3000L));
        config.setReadOnly(true);
        config.addDataSourceProperty("ApplicationName", "ktxh-read");
        log.info("Đọc (giao dịch chỉ đọc) từ PostgreSQL: {}", config.getJdbcUrl());
        return new HikariDataSource(config);
    }

    @Bean
    @Primary
    @ConditionalOnProperty("KTXH_DB_READ_URL")
    DataSource routingDataSource(
            HikariDataSource dataSource, @Qualifier("readDataSource") HikariDataSource readDataSource) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(dataSource);
        routing.setReadOnlyDataSource(readDataSource);
        return routing;
    }

    /**
     * Starts nothing until the data source asks for it, so a configured external database starts no server; a
     * command's server may already be starting ({@link EarlyStart}).
     */
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(Environment env) {
        return EarlyStart.takeOver().orElseGet(() -> EmbeddedServer.of(env));
    }

    @Bean
    DatabaseHealth databaseHealth(HikariDataSource dataSource, EmbeddedServer embedded) {
        return new DatabaseHealth(dataSource, embedded);
    }
}

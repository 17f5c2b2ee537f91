package vn.ktxh.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The pool of the embedded server: while the watchdog knows the server is down, a request is answered at once
 * (503) instead of after the pool's time-out, and the pool is not kept busy with connections that cannot succeed.
 */
final class EmbeddedDataSource extends HikariDataSource {

    private final EmbeddedServer server;

    EmbeddedDataSource(HikariConfig config, EmbeddedServer server) {
        super(config);
        this.server = server;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (server.down()) {
            throw new SQLTransientConnectionException("PostgreSQL nhúng đang được khởi động lại", "08001");
        }
        return super.getConnection();
    }
}

package vn.ktxh.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * "database" in {@code /actuator/health}: DOWN at once when the embedded server's process is gone (no wait for
 * the pool's time-out), else DOWN when no connection answers within the pool's time-out.
 */
final class DatabaseHealth implements HealthIndicator {

    private final HikariDataSource dataSource;
    private final EmbeddedServer embedded;

    DatabaseHealth(HikariDataSource dataSource, EmbeddedServer embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @Override
    public Health health() {
        if (embedded.startedHere() && !embedded.running()) {
            return Health.down()
                    .withDetail("lý do", "PostgreSQL nhúng không chạy; đang khởi động lại")
                    .build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1)
                    ? Health.up().build()
                    : Health.down()
                            .withDetail("lý do", "Cơ sở dữ liệu không trả lời")
                            .build();
        } catch (SQLException e) {
            return Health.down()
                    .withDetail("lý do", "Cơ sở dữ liệu tạm thời không truy cập được")
                    .build();
        }
    }
}

package vn.ktxh.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Who may connect to the embedded server: every connection, local socket or loopback, with the superuser's password
 * (scram-sha-256). A data directory made with the library's default ({@code trust}: any local process, no password) —
 * a fresh one, or one of an earlier build — gets the password and the rules on its first start by this build.
 */
final class ClientAuthentication {

    static final String RULES = """
            # KTXH: mọi kết nối, qua socket cục bộ hay 127.0.0.1, đều cần mật khẩu (scram-sha-256)
            local   all             all                     scram-sha-256
            host    all             all     127.0.0.1/32    scram-sha-256
            host    all             all     ::1/128         scram-sha-256
            local   replication     all                     scram-sha-256
            host    replication     all     127.0.0.1/32    scram-sha-256
            host    replication     all     ::1/128         scram-sha-256
            """;

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private ClientAuthentication() {}

    static void requirePassword(Path directory, ConnectionSource connections, String password) {
        Path hba = directory.resolve("pg_hba.conf");
        try {
            if (Files.readString(hba, StandardCharsets.UTF_8).equals(RULES)) {
                return;
            }
            try (Connection connection = connections.open()) {
                EmbeddedServer.execute(connection, "SET password_encryption = 'scram-sha-256'");
                EmbeddedServer.execute(
                        connection, "ALTER ROLE postgres PASSWORD '%s'".formatted(password.replace("'", "''")));
                Files.writeString(hba, RULES, StandardCharsets.UTF_8);
                EmbeddedServer.execute(connection, "SELECT pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đặt được quy tắc kết nối " + hba, e);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Không đặt được mật khẩu cho PostgreSQL nhúng tại " + directory + " (tệp mật khẩu "
                            + DatabasePassword.FILE_NAME + " có khớp với cơ sở dữ liệu không?)",
                    e);
        }
    }
}

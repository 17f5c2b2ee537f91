package vn.ktxh.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The embedded server accepts no connection without its password, and the password is the owner's alone. */
class EmbeddedServerSecurityTest {

    @Test
    void everyConnectionNeedsThePasswordKeptForTheOwnerOnly() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "embedded-");
        try (EmbeddedServer server = new EmbeddedServer(home, true)) {
            String url = server.jdbcUrl();
            Path passwordFile = home.resolve(DatabasePassword.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(home.resolve("db/pg_hba.conf")))
                    .doesNotContain("trust")
                    .contains("scram-sha-256");

            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "sai-mat-khau"))
                    .isInstanceOf(SQLException.class);
            try (var connection = DriverManager.getConnection(
                            url, "postgres", Files.readString(passwordFile).strip());
                    var rs = connection.createStatement().executeQuery("SHOW listen_addresses")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierBuildGetsThePasswordOnItsNextStart() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "embedded-old-");
        try (EmbeddedServer first = new EmbeddedServer(home, false)) {
            first.jdbcUrl();
        }
        // as the earlier build left it: any local process, no password
        Files.writeString(home.resolve("db/pg_hba.conf"), "host all all 127.0.0.1/32 trust\nlocal all all trust\n");
        Files.delete(home.resolve(DatabasePassword.FILE_NAME));
        try (EmbeddedServer again = new EmbeddedServer(home, false)) {
            String url = again.jdbcUrl();
            assertThat(Files.readString(home.resolve("db/pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
        }
    }
}

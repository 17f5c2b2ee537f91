package vn.ktxh.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;

/**
 * A whole-database backup that needs no PostgreSQL client tools (the embedded server ships none): every table's
 * rows as COPY text read in one consistent snapshot, the sequences, and the schema version. (The Debian pg_dump is
 * older than the embedded server and refuses to dump it.) A restore builds the schema of that version with the
 * migrations in the jar beside the live one, copies the rows in and swaps the schemas in one transaction; the
 * server's own migrations bring it up to date on its next start.
 */
public final class DatabaseBackup {

    private static final String MANIFEST = "ktxh-backup.properties";
    private static final String SEQUENCES = "sequences.tsv";
    private static final String HISTORY = "flyway_schema_history";
    private static final String STAGING = "ktxh_phuc_hoi";

    private final DataSource dataSource;

    public DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the backup and returns how many rows it holds. */
    public long backup(Path file) throws IOException, SQLException {
        long rows = 0;
        Path partial = file.resolveSibling(file.getFileName() + ".dang-ghi");
        try (Connection connection = dataSource.getConnection();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            connection.setAutoCommit(false);
            execute(connection, "set transaction isolation level repeatable read, read only");
            List<String> tables = tables(connection, "public");
            Properties manifest = new Properties();
            manifest.setProperty("format", "1");
            manifest.setProperty("schema", schemaVersion(connection));
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("tables", String.join(",", tables));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "KTXH backup");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".tsv"));
                rows += copy.copyOut(
                        "copy (select %s from %s) to stdout".formatted(columns(connection, table), table),
                        new KeepOpen(zip));
            }
            zip.putNextEntry(new ZipEntry(SEQUENCES));
            zip.write(sequences(connection).getBytes(StandardCharsets.UTF_8));
            connection.commit();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** The backup's schema version, checked before anything is changed; a file that is no KTXH backup is refused in words. */
    public static int schemaOf(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new IOException("Tệp " + file + " không phải bản sao lưu KTXH (thiếu " + MANIFEST + ")");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            return Integer.parseInt(manifest.getProperty("schema", "0"));
        } catch (ZipException | NumberFormatException e) {
            throw new IOException(
                    "Tệp " + file + " không phải bản sao lưu KTXH đọc được (không phải tệp nén của lệnh backup, "
                            + "hoặc đã bị hỏng)");
        }
    }

    /** Whether the database holds anything besides an empty schema. */
    public boolean hasData() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement st = connection.createStatement();
                ResultSet rs =
                        st.executeQuery("select to_regclass('area') is not null and exists (select 1 from area)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Replaces everything in the database by the backup's contents and returns the rows restored. The backup is built
     * beside the live schema and swapped in with the copy's commit: a damaged file leaves the database as it was.
     */
    public long restore(Path file) throws IOException, SQLException {
        int schema = schemaOf(file);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "drop schema if exists " + STAGING + " cascade");
            execute(connection, "create schema " + STAGING);
        }
        try {
            migrateStaging(schema);
            return copyInAndSwap(file);
        } finally {
            try (Connection connection = dataSource.getConnection()) {
                execute(connection, "drop schema if exists " + STAGING + " cascade");
            }
        }
    }

    private void migrateStaging(int schema) throws IOException {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .schemas(STAGING)
                    .createSchemas(false)
                    .target(String.valueOf(schema))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IOException(
                    "Bản sao lưu có lược đồ dữ liệu phiên bản " + schema
                            + ", chương trình này không dựng được phiên bản đó: hãy phục hồi bằng đúng phiên bản KTXH đã sao lưu hoặc mới hơn");
        }
    }

    private long copyInAndSwap(Path file) throws IOException, SQLException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
                ZipFile zip = new ZipFile(file.toFile())) {
            connection.setAutoCommit(false);
            execute(connection, "set local search_path to " + STAGING);
            execute(
                    connection,
                    "set local session_replication_role = replica"); // rows are copied as they were: no triggers, no
            // key checks
            List<String> tables = tables(connection, STAGING);
            for (String table : tables) {
                execute(
                        connection,
                        "truncate " + table + " cascade"); // the rows some migrations insert are in the backup too
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                ZipEntry entry = zip.getEntry("tables/" + table + ".tsv");
                if (entry == null) {
                    throw new IOException("Tệp sao lưu thiếu bảng " + table + ": dữ liệu hiện có không thay đổi");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    rows += copy.copyIn("copy %s (%s) from stdin".formatted(table, columns(connection, table)), in);
                } catch (SQLException e) {
                    throw new IOException(
                            "Tệp sao lưu hỏng ở bảng " + table + where(e) + ": dữ liệu hiện có không thay đổi");
                }
            }
            ZipEntry sequences = zip.getEntry(SEQUENCES);
            if (sequences == null) {
                throw new IOException("Tệp sao lưu thiếu " + SEQUENCES + ": dữ liệu hiện có không thay đổi");
            }
            restoreSequences(
                    connection, new String(zip.getInputStream(sequences).readAllBytes(), StandardCharsets.UTF_8));
            execute(connection, "drop schema public cascade");
            execute(connection, "alter schema " + STAGING + " rename to public");
            connection.commit();
        }
        return rows;
    }

    /** The line of the backup's table the server refused, as COPY names it ("COPY figure, line 3"). */
    private static String where(SQLException e) {
        Matcher line = Pattern.compile("line (\\d+)")
                .matcher(
                        e instanceof PSQLException p
                                        && p.getServerErrorMessage() != null
                                        && p.getServerErrorMessage().getWhere() != null
                                ? p.getServerErrorMessage().getWhere()
                                : "");
        return line.find() ? ", dòng " + line.group(1) : "";
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var st = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> ?
                order by c.relname""")) {
            st.setString(1, schema);
            st.setString(2, HISTORY);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** The stored columns, in order (generated columns are computed again on the way in). */
    private static String columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var st = connection.prepareStatement("""
                select quote_ident(attname) from pg_attribute
                where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum""")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return String.join(", ", columns);
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select max(cast(version as int)) from " + HISTORY + " where success")) {
            rs.next();
            return String.valueOf(rs.getInt(1));
        }
    }

    private static String sequences(Connection connection) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "select sequencename, last_value from pg_sequences where schemaname = 'public' and last_value is not null")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\t').append(rs.getLong(2)).append('\n');
            }
        }
        return out.toString();
    }

    private static void restoreSequences(Connection connection, String lines) throws SQLException {
        try (var st = connection.prepareStatement("select setval(cast(? as regclass), ?, true)")) {
            for (String line : lines.split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\t");
                    st.setString(1, parts[0]);
                    st.setLong(2, Long.parseLong(parts[1]));
                    st.execute();
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        EmbeddedServer.execute(connection, sql);
    }

    /** The zip entry stays open after one table's COPY. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

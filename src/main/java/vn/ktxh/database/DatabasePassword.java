package vn.ktxh.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's superuser password: made on the first start, kept in one file that only the owner may
 * read ({@code $KTXH_HOME/db-password}), read by every later start and by a command that joins a running server.
 */
final class DatabasePassword {

    static final String FILE_NAME = "db-password";

    private DatabasePassword() {}

    static String readOrCreate(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            Files.createDirectories(home);
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc hoặc tạo được tệp mật khẩu cơ sở dữ liệu " + file, e);
        }
    }

    /** Created with owner-only rights from the start, so that no other account ever sees it, not even briefly. */
    private static void create(Path file) throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return; // another process made it first: use theirs
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}

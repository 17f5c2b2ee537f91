package vn.ktxh.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * {@code backup --out FILE} and {@code restore --in FILE}: the whole database to one file and back, for the
 * embedded server or the external one the settings name. A restore replaces everything, so it refuses while the
 * server runs on the same files and first saves what is there into {@code $KTXH_HOME/backups}.
 */
@Component
public class BackupCommand {

    private static final String USAGE = """
            Cách dùng:
              java -jar ktxh.jar backup --out TỆP.zip     sao lưu toàn bộ cơ sở dữ liệu vào một tệp
              java -jar ktxh.jar restore --in TỆP.zip     phục hồi toàn bộ cơ sở dữ liệu từ tệp sao lưu
                                                          (dừng máy chủ KTXH trước; dữ liệu hiện có được
                                                          tự động sao lưu vào $KTXH_HOME/backups)""";

    private final DataSource dataSource;
    private final EmbeddedServer embedded;

    BackupCommand(DataSource dataSource, EmbeddedServer embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    /** Null when the arguments are right, otherwise the exit code after the usage or the reason is printed. */
    public static Integer check(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        String option = args[0].equals("backup") ? "--out" : "--in";
        if (args.length != 3 || !args[1].equals(option)) {
            err.println("Thiếu hoặc sai tham số: cần " + option + " TỆP");
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[2]);
        if (option.equals("--in")) {
            if (!Files.isReadable(file)) {
                err.println("Không đọc được tệp sao lưu " + file);
                return 2;
            }
            try {
                DatabaseBackup.schemaOf(file);
            } catch (IOException e) {
                err.println(e.getMessage());
                return 2;
            }
        } else if (file.toAbsolutePath().getParent() == null
                || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            err.println("Thư mục để ghi " + file + " không tồn tại");
            return 2;
        }
        return null;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Path file = Path.of(args[2]);
        DatabaseBackup backup = new DatabaseBackup(dataSource);
        try {
            if (args[0].equals("backup")) {
                long rows = backup.backup(file);
                out.printf("Đã sao lưu %,d dòng vào %s%n", rows, file.toAbsolutePath());
                return 0;
            }
            if (embedded.joinedRunningServer()) {
                err.println("Máy chủ KTXH đang chạy trên cùng dữ liệu: hãy dừng máy chủ trước khi phục hồi");
                return 1;
            }
            if (backup.hasData()) {
                Path saved = embedded.home()
                        .resolve("backups")
                        .resolve("truoc-phuc-hoi-"
                                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                Files.createDirectories(saved.getParent());
                backup.backup(saved);
                out.println("Dữ liệu hiện có đã được sao lưu vào " + saved.toAbsolutePath());
            }
            long rows = backup.restore(file);
            out.printf("Đã phục hồi %,d dòng từ %s%n", rows, file.toAbsolutePath());
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("Không " + (args[0].equals("backup") ? "sao lưu" : "phục hồi") + " được: " + e.getMessage());
            return 1;
        }
    }
}

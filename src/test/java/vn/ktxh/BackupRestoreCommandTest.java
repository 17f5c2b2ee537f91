package vn.ktxh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.shared.Period;

/** {@code backup --out} while the server runs, a change, {@code restore --in} with the server stopped: the backed-up value is back. */
class BackupRestoreCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void forgetHome() {
        System.clearProperty("ktxh.home");
    }

    @Test
    void aRestoredBackupBringsBackTheFiguresAsTheyWere() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "backup-");
        Path file = home.resolve("ktxh.zip");
        System.setProperty("ktxh.home", home.toString()); // the commands read their settings as the jar does
        try (ConfigurableApplicationContext app = start(home)) {
            store(app, "231");
            assertThat(run("backup", "--out", file.toString()))
                    .as(err.toString())
                    .isZero(); // joins the running server
            store(app, "999");
            assertThat(run("restore", "--in", file.toString()))
                    .as("refused while the server runs")
                    .isEqualTo(1);
        }
        assertThat(run("restore", "--in", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã phục hồi").contains("backups");
        try (ConfigurableApplicationContext app = start(home)) {
            assertThat(trainingFigure(app)).isEqualByComparingTo("231");
        }
    }

    @Test
    void aFileThatIsNoBackupOrIsDamagedIsRefusedInWordsAndTheDataStaysAsItWas() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "backup-");
        Path file = home.resolve("ktxh.zip");
        System.setProperty("ktxh.home", home.toString());
        try (ConfigurableApplicationContext app = start(home)) {
            store(app, "231");
            assertThat(run("backup", "--out", file.toString()))
                    .as(err.toString())
                    .isZero();
            store(app, "999");
        }
        Path notABackup = Files.writeString(home.resolve("bao-cao.zip"), "Báo cáo tháng 9");
        assertThat(run("restore", "--in", notABackup.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("không phải bản sao lưu KTXH đọc được")
                .doesNotContain("zip END");

        Path damaged = home.resolve("hong.zip");
        copyWithFigures(file, damaged, "không phải\tmột dòng số liệu\n");
        assertThat(run("restore", "--in", damaged.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Tệp sao lưu hỏng ở bảng figure, dòng 1")
                .contains("dữ liệu hiện có không thay đổi");
        try (ConfigurableApplicationContext app = start(home)) {
            assertThat(trainingFigure(app))
                    .as("the figure stored after the backup is still there")
                    .isEqualByComparingTo("999");
        }
    }

    /** The backup with the figures' rows replaced by one damaged line. */
    private static void copyWithFigures(Path from, Path to, String rows) throws Exception {
        try (ZipFile source = new ZipFile(from.toFile());
                ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(
                        entry.getName().equals("tables/figure.tsv")
                                ? rows.getBytes(StandardCharsets.UTF_8)
                                : source.getInputStream(entry).readAllBytes());
            }
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingStarts() {
        assertThat(run("restore", "--in", "khong-co-tep.zip")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không đọc được tệp sao lưu");
        assertThat(run("backup")).isEqualTo(2);
        assertThat(run("backup", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cách dùng");
    }

    private int run(String... args) {
        return Commands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ConfigurableApplicationContext start(Path home) {
        return new SpringApplicationBuilder(KtxhApplication.class).run("--ktxh.home=" + home, "--server.port=0");
    }

    private static void store(ConfigurableApplicationContext app, String value) {
        app.getBean(Figures.class)
                .store(
                        Actor.system(),
                        List.of(new FigureInput("LD05", "105", "2024", "FINAL", value, null, "thử")),
                        "test",
                        "thử sao lưu");
    }

    private static BigDecimal trainingFigure(ConfigurableApplicationContext app) {
        return app.getBean(Evaluations.class).evaluate(Actor.system(), "105", Period.parse("2024")).stream()
                .filter(e -> e.indicator().code().equals("LD05"))
                .findFirst()
                .orElseThrow()
                .actual();
    }
}

package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wall time of {@code java -jar target/ktxh.jar report --area 105 --period 2024 --format F --out ...} as a user runs it
 * (a new JVM each time, its own embedded PostgreSQL on a prepared {@code $KTXH_HOME}); the first run, which creates the
 * database and loads the demo data, is reported apart. Needs the jar: run after {@code ./mvnw -q -B package -DskipTests}:
 * {@code ./mvnw -q -B test -Dtest=ReportCommandBenchmarkTest -Dtest.excludedGroups=none -Dgroups=benchmark}
 */
@Tag("benchmark")
class ReportCommandBenchmarkTest {

    private static final int RUNS = 5;

    @TempDir
    Path dir;

    @Test
    void cityReportFromTheCommandLine() throws Exception {
        Path jar = Path.of("target/ktxh.jar");
        assertThat(jar)
                .as("build the jar first: ./mvnw -q -B package -DskipTests")
                .exists();
        Path home = dir.resolve("home");
        System.out.printf("first run (creates the database, loads the demo data): %,d ms%n", run(jar, home, "docx"));
        for (String format : List.of("docx", "pdf", "xlsx")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                times.add(run(jar, home, format));
            }
            times.sort(null);
            System.out.printf(
                    "report --format %s: min %,d ms, median %,d ms, max %,d ms (%d runs)%n",
                    format, times.get(0), times.get(RUNS / 2), times.get(RUNS - 1), RUNS);
        }
    }

    private long run(Path jar, Path home, String format) throws Exception {
        Path out = dir.resolve("bao-cao." + format);
        Files.deleteIfExists(out);
        ProcessBuilder command = new ProcessBuilder(
                        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                        "-jar",
                        jar.toString(),
                        "report",
                        "--area",
                        "105",
                        "--period",
                        "2024",
                        "--format",
                        format,
                        "--out",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        command.environment().put("KTXH_HOME", home.toString());
        long start = System.nanoTime();
        Process process = command.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(process.exitValue())
                .as(Files.readString(dir.resolve("log.txt")))
                .isZero();
        assertThat(out).exists();
        return millis;
    }
}

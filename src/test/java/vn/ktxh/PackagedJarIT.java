package vn.ktxh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as a user runs it ({@code java -jar target/ktxh.jar …}), after {@code package}: the words it answers without
 * starting anything, and a report whose command runs in a second JVM with shared classes — the first on a fresh
 * {@code $KTXH_HOME} records the archive, the next maps it — with the same document both times.
 */
class PackagedJarIT {

    @TempDir
    Path dir;

    private record Run(int exit, String output) {}

    private Run java(Path home, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target/ktxh.jar").toAbsolutePath().toString()));
        line.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "run", ".txt");
        ProcessBuilder command =
                new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().put("KTXH_HOME", home.toString());
        command.environment().remove("KTXH_SHARED_CLASSES");
        Process process = command.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES))
                .as("java -jar ktxh.jar %s returns", String.join(" ", args))
                .isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The text of a .docx (its word/document.xml), without the package's dates. */
    private static String body(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(
                    zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void helpAndAMistypedCommandAnswerWithoutStartingTheServer() throws Exception {
        Path home = dir.resolve("home");

        Run help = java(home, "--help");
        Run mistyped = java(home, "reprot", "--area", "105");
        Run badFormat = java(home, "report", "--area", "105", "--period", "2024", "--format", "doc", "--out", "x.doc");

        assertThat(help.exit()).isZero();
        assertThat(help.output()).contains("Cách dùng").contains("report").contains("backup");
        assertThat(mistyped.exit()).isEqualTo(2);
        assertThat(mistyped.output()).contains("\"reprot\"");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.output()).contains("doc");
        assertThat(home).doesNotExist(); // nothing was started, not even the database
    }

    @Test
    void aReportRunsInASecondJvmThatRecordsThenMapsItsClasses() throws Exception {
        Path home = dir.resolve("home");
        Path first = dir.resolve("first.docx");
        Path second = dir.resolve("second.docx");

        Run recorded = java(
                home, "report", "--area", "105", "--period", "2024", "--format", "docx", "--out", first.toString());
        Path cache;
        try (var folders = Files.list(home.resolve("cache/commands"))) {
            cache = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        long archived = Files.size(cache.resolve("classes.jsa"));
        Run mapped = java(
                home, "report", "--area", "105", "--period", "2024", "--format", "docx", "--out", second.toString());

        assertThat(recorded.exit()).as(recorded.output()).isZero();
        assertThat(recorded.output()).doesNotContain("WARN", "INFO");
        assertThat(mapped.exit()).as(mapped.output()).isZero();
        assertThat(cache.resolve("ktxh.jar")).isRegularFile();
        assertThat(cache.resolve("lib")).isDirectory();
        assertThat(archived).isGreaterThan(1_000_000);
        assertThat(Files.size(cache.resolve("classes.jsa")))
                .as("the archive is kept, not recorded again")
                .isEqualTo(archived);
        assertThat(mapped.output()).contains("Đã ghi báo cáo năm 2024").doesNotContain("WARN", "INFO", "cds");
        assertThat(body(second)).isEqualTo(body(first));
    }
}

package vn.ktxh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedClassesLaunchTest {

    @TempDir
    Path dir;

    private Properties jvm(String classPath) {
        Properties p = new Properties();
        p.setProperty("java.class.path", classPath);
        p.setProperty("java.home", "/usr/lib/jvm/java-17");
        p.setProperty("java.vm.version", "17.0.9+9");
        return p;
    }

    private Path jar(long size, long modified) throws IOException {
        Path jar = dir.resolve("ktxh.jar");
        Files.write(jar, new byte[(int) size]);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(modified));
        return jar;
    }

    @Test
    void aPackagedJarIsLaunchedFromItsOwnCacheFolderPerJarAndJavaVersion() throws IOException {
        Path jar = jar(300, 1_000_000);
        Map<String, String> env = Map.of("KTXH_HOME", dir.resolve("home").toString());

        SharedClassesLaunch launch =
                SharedClassesLaunch.of(env, jvm(jar.toString())).orElseThrow();

        assertThat(launch.java()).isEqualTo(Path.of("/usr/lib/jvm/java-17/bin/java"));
        assertThat(launch.folder().getParent())
                .isEqualTo(dir.resolve("home/cache/commands").toAbsolutePath());
        assertThat(launch.folder().getFileName().toString()).isEqualTo("12c-f4240-17.0.9+9");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000)); // a new build of the jar
        assertThat(SharedClassesLaunch.of(env, jvm(jar.toString()))
                        .orElseThrow()
                        .folder())
                .isNotEqualTo(launch.folder());
    }

    @Test
    void classesFromFoldersTheSecondJvmItselfOrTurnedOffRunInThisJvm() throws IOException {
        Path jar = jar(10, 1);
        Properties inside = jvm(jar.toString());
        inside.setProperty(SharedClassesLaunch.INSIDE, "true");

        assertThat(SharedClassesLaunch.of(Map.of(), jvm("target/classes"))).isEmpty();
        assertThat(SharedClassesLaunch.of(Map.of(), jvm(jar + ":" + dir.resolve("other.jar"))))
                .isEmpty();
        assertThat(SharedClassesLaunch.of(Map.of(), inside)).isEmpty();
        assertThat(SharedClassesLaunch.of(Map.of("KTXH_SHARED_CLASSES", "false"), jvm(jar.toString())))
                .isEmpty();
        assertThat(SharedClassesLaunch.of(
                        Map.of(), jvm(dir.resolve("missing.jar").toString())))
                .isEmpty();
    }

    @Test
    void theFirstRunRecordsTheArchiveAndLaterRunsMapIt() {
        var launch = new SharedClassesLaunch(Path.of("/j/bin/java"), Path.of("/a/ktxh.jar"), Path.of("/c/k"));
        String[] args = {"report", "--area", "105", "--period", "2024"};
        List<String> options = List.of("-Xmx2g", "-Dx=y");

        List<String> first = launch.command(args, options, false, Path.of("/c/k/classes-7.jsa"));
        List<String> later = launch.command(args, options, true, null);

        assertThat(first)
                .contains("-XX:ArchiveClassesAtExit=/c/k/classes-7.jsa")
                .doesNotContain("-XX:SharedArchiveFile=/c/k/classes.jsa");
        assertThat(later).contains("-XX:SharedArchiveFile=/c/k/classes.jsa");
        assertThat(later.get(0)).isEqualTo("/j/bin/java");
        assertThat(later)
                .containsSubsequence(
                        "-Xmx2g",
                        "-Dx=y",
                        "-D" + SharedClassesLaunch.INSIDE + "=true",
                        "-jar",
                        "/c/k/ktxh.jar",
                        "report",
                        "--area",
                        "105",
                        "--period",
                        "2024");
        assertThat(later.subList(later.indexOf("-jar"), later.size())).hasSize(2 + args.length);
        assertThat(launch.extraction(Path.of("/c/tmp")))
                .containsExactly(
                        "/j/bin/java", "-Djarmode=tools", "-jar", "/a/ktxh.jar", "extract", "--destination", "/c/tmp");
    }

    @Test
    void theOptionsPassedOnAreThoseBeforeTheJar() {
        assertThat(SharedClassesLaunch.jvmOptions(
                        List.of("-Xmx1g", "-Dktxh.home=/h", "-jar", "k.jar", "report", "-Dnot=mine")))
                .containsExactly("-Xmx1g", "-Dktxh.home=/h");
        assertThat(SharedClassesLaunch.jvmOptions(List.of("-cp", "x", "Main"))).isEmpty();
    }

    @Test
    void theServerAnswersHelpAndRefusesAWordThatIsNoCommand() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(KtxhApplication.checkServerArguments(new String[] {"--help"}, o, e))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Cách dùng")
                .contains("report")
                .contains("extract-score");

        assertThat(KtxhApplication.checkServerArguments(new String[] {"reprot", "--area", "105"}, o, e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"reprot\"").contains("Cách dùng");

        assertThat(KtxhApplication.checkServerArguments(new String[] {"--server.port=0", "--ktxh.home=/x"}, o, e))
                .isNull();
        assertThat(KtxhApplication.checkServerArguments(new String[] {}, o, e)).isNull();
    }
}

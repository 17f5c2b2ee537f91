package vn.ktxh;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * How a command run by {@code java -jar ktxh.jar} starts in about half the time: in a second JVM that maps the classes it
 * needs from a class-data-sharing archive (AppCDS) instead of loading and verifying some 15.000 classes from the jar's
 * nested jars. A jar cannot give its own JVM options, so the first JVM only starts the second and waits for it.
 * The archive needs the jar extracted ({@code -Djarmode=tools extract}); both are kept under
 * {@code $KTXH_HOME/cache/commands}, one folder per jar and Java version, made by the first command (which then
 * records the classes it loads) and used by every later one. {@code KTXH_SHARED_CLASSES=false} turns it off.
 */
record SharedClassesLaunch(Path java, Path jar, Path folder) {

    static final String INSIDE = "ktxh.shared-classes.inside";

    /**
     * The launch for this JVM, if it runs from the packaged jar and is not itself such a launch; empty in tests and
     * from an IDE (classes from folders), when turned off, or when the jar cannot be read.
     */
    static Optional<SharedClassesLaunch> of(Map<String, String> env, Properties system) {
        String classPath = system.getProperty("java.class.path");
        if ("false".equalsIgnoreCase(env.get("KTXH_SHARED_CLASSES"))
                || system.getProperty(INSIDE) != null
                || classPath == null
                || classPath.contains(File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        try {
            String key = Long.toHexString(Files.size(jar)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-"
                    + system.getProperty("java.vm.version");
            Path home = Path.of(env.getOrDefault("KTXH_HOME", "./data"));
            return Optional.of(new SharedClassesLaunch(
                    Path.of(system.getProperty("java.home"), "bin", "java"),
                    jar,
                    home.resolve("cache").resolve("commands").resolve(key).toAbsolutePath()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path archive() {
        return folder.resolve("classes.jsa");
    }

    Path extractedJar() {
        return folder.resolve("ktxh.jar");
    }

    /** The command line that extracts the jar into {@code into}, a folder beside the final one. */
    List<String> extraction(Path into) {
        return List.of(
                java.toString(),
                "-Djarmode=tools",
                "-jar",
                jar.toString(),
                "extract",
                "--destination",
                into.toString());
    }

    /**
     * The command line of the second JVM: the archive mapped when it exists, otherwise recorded at exit into
     * {@code recording}; only the quick compiler, since a command ends before optimised code would pay off; the
     * first JVM's own options passed on.
     */
    List<String> command(String[] args, List<String> jvmOptions, boolean archived, Path recording) {
        List<String> line = new ArrayList<>();
        line.add(java.toString());
        line.add(archived ? "-XX:SharedArchiveFile=" + archive() : "-XX:ArchiveClassesAtExit=" + recording);
        line.add("-Xlog:cds=off,cds+dynamic=off,class+path=off");
        line.add("-XX:TieredStopAtLevel=1");
        line.addAll(jvmOptions);
        line.add("-D" + INSIDE + "=true");
        line.add("-jar");
        line.add(extractedJar().toString());
        line.addAll(List.of(args));
        return line;
    }

    /**
     * The options this JVM was started with ({@code java -Xmx2g -Dx=y -jar …}), read from its command line rather
     * than through the management beans, which take a tenth of a second to load.
     */
    static List<String> jvmOptions(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? List.of() : arguments.subList(0, jar);
    }

    /**
     * Runs the command in the second JVM and answers its exit code; empty when the launch could not be prepared
     * (then the command runs in this JVM as before).
     */
    Optional<Integer> run(String[] args, List<String> jvmOptions) {
        try {
            if (!Files.isRegularFile(extractedJar()) && !extract()) {
                return Optional.empty();
            }
            boolean archived = Files.isRegularFile(archive());
            Path recording = folder.resolve("classes-" + ProcessHandle.current().pid() + ".jsa");
            int exit = new ProcessBuilder(command(args, jvmOptions, archived, recording))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (!archived && Files.isRegularFile(recording)) {
                Files.move(recording, archive(), StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(exit);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * Removes the folders of earlier jars (130 MB each) once a new one is in place, leaving any touched within the
     * last day, which a command of another installation on the same {@code $KTXH_HOME} may still be running from.
     */
    private void removeStale() throws IOException {
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        try (Stream<Path> folders = Files.list(folder.getParent())) {
            for (Path other : folders.filter(f -> !f.equals(folder)).toList()) {
                if (Files.getLastModifiedTime(other).compareTo(dayAgo) < 0) {
                    FileSystemUtils.deleteRecursively(other);
                }
            }
        }
    }

    /** Extracts into a folder of its own, then moves it into place, so that two first commands never see half of it. */
    private boolean extract() throws IOException, InterruptedException {
        Files.createDirectories(folder.getParent());
        Path into = Files.createTempDirectory(folder.getParent(), "extracting-");
        int exit = new ProcessBuilder(extraction(into))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        try {
            if (exit == 0 && Files.isRegularFile(into.resolve("ktxh.jar"))) {
                Files.move(into, folder, StandardCopyOption.ATOMIC_MOVE);
                removeStale();
            }
        } catch (IOException someoneElseWasFirst) {
            // another command extracted the same jar meanwhile: its folder serves as well
        } finally {
            FileSystemUtils.deleteRecursively(into);
        }
        return Files.isRegularFile(extractedJar());
    }
}

package vn.ktxh.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Whether the server of a data directory runs, as the watchdog and the health check read it from postmaster.pid. */
class PostmasterFileTest {

    @Test
    void aKilledPostmasterNotYetReapedByItsParentIsNotRunning() throws Exception {
        // the child is killed and left a zombie: its parent (sleep) never waits for it, as a container's init may not
        Process parent = new ProcessBuilder("sh", "-c", "sleep 60 & echo $!; kill -9 $!; exec sleep 30").start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            long zombie = Long.parseLong(out.readLine().strip());
            Thread.sleep(200);
            assertThat(ProcessHandle.of(zombie).map(ProcessHandle::isAlive))
                    .as("the JDK still calls it alive")
                    .contains(true);
            Path directory = Files.createTempDirectory(Path.of("target"), "postmaster-");
            Files.writeString(directory.resolve("postmaster.pid"), zombie + "\n" + directory + "\n1733360000\n5432\n");

            assertThat(EmbeddedServer.PostmasterFile.of(directory).livePid()).isEmpty();
            assertThat(EmbeddedServer.PostmasterFile.of(directory).livePort()).isEmpty();
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void aRunningPostmasterIsRunningOnItsPort() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "postmaster-");
        long self = ProcessHandle.current().pid();
        Files.writeString(directory.resolve("postmaster.pid"), self + "\n" + directory + "\n1733360000\n5432\n");

        assertThat(EmbeddedServer.PostmasterFile.of(directory).livePid()).contains(self);
        assertThat(EmbeddedServer.PostmasterFile.of(directory).livePort()).contains(5432);
    }
}

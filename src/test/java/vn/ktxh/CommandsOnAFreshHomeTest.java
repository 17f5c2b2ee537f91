package vn.ktxh;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command on a fresh {@code $KTXH_HOME} runs the whole application without its web side to load the demo data,
 * then the command; the next run finds the data and starts only what the command needs. Every bean of the
 * application must be made without a web server (a page helper asking for the view resolver once broke this).
 */
class CommandsOnAFreshHomeTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Level rootLevel;

    @BeforeEach
    void useTheFreshHome() {
        rootLevel = root().getLevel();
        System.setProperty("ktxh.home", home.toString());
    }

    @AfterEach
    void putBackTheTestsOwnSettings() {
        System.clearProperty("ktxh.home");
        root().setLevel(rootLevel); // a command quiets the log to warnings
    }

    @Test
    void aReportOnAFreshHomeLoadsTheDemoDataThenTheNextRunStartsOnlyTheDatabase() {
        Path first = home.resolve("lan-dau.docx");
        assertThat(report(first)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(first).isNotEmptyFile();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nạp dữ liệu mẫu");

        err.reset();
        Path second = home.resolve("lan-sau.docx");
        assertThat(report(second)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(second).isNotEmptyFile();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("chưa có dữ liệu");
    }

    private int report(Path out) {
        return Commands.run(
                new String[] {"report", "--area", "105", "--period", "2024", "--format", "docx", "--out", out.toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ch.qos.logback.classic.Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }
}

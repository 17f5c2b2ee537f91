package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;

/** "java -jar ktxh.jar report ...": the bean the command line calls, with its exit codes and Vietnamese messages. */
@IntegrationTest
class ReportCommandTest {

    @Autowired
    ReportCommand command;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheReportInTheFormatAsked() throws Exception {
        Path file = dir.resolve("bao-cao.xlsx");
        assertThat(run("report", "--area", "105", "--period", "2024", "--format", "xlsx", "--out", file.toString()))
                .isZero();
        assertThat(Files.readAllBytes(file)).startsWith('P', 'K'); // a zip, as every OOXML file
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Đã ghi báo cáo năm 2024")
                .contains(file.toString());
        Path docx = dir.resolve("sub/bao-cao.docx");
        assertThat(run("--area=105", "--period=2024", "--format=docx", "--out=" + docx))
                .isZero();
        assertThat(docx).exists();
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndShowsTheUsage() {
        assertThat(run("report", "--area", "105", "--period", "2024", "--format", "odt", "--out", "x.odt"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Định dạng \"odt\" không hỗ trợ")
                .contains("Cách dùng:");
        err.reset();
        assertThat(run("report", "--area", "105")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Thiếu tùy chọn --period");
        err.reset();
        assertThat(run("report", "--area", "105", "--period", "năm ngoái", "--format", "pdf", "--out", "x.pdf"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Kỳ \"năm ngoái\" không đúng dạng");
    }

    @Test
    void anUnknownAreaExitsWithOne() {
        assertThat(run(
                        "report",
                        "--area",
                        "99999",
                        "--period",
                        "2024",
                        "--format",
                        "pdf",
                        "--out",
                        dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Lỗi: ").contains("99999");
    }

    @Test
    void theCommandLineIsCheckedBeforeAnythingStarts() {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(ReportCommand.check(new String[] {"report", "--help"}, o, e))
                .as("--help prints the usage")
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cách dùng:").contains("--format");
        assertThat(ReportCommand.check(
                        new String[] {"report", "--area", "105", "--period", "2024", "--format", "odt", "--out", "x.odt"
                        },
                        o,
                        e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Định dạng \"odt\" không hỗ trợ");
        assertThat(ReportCommand.check(
                        new String[] {"report", "--area", "105", "--period", "2024", "--format", "pdf", "--out", "x.pdf"
                        },
                        o,
                        e))
                .as("right: the database is started next")
                .isNull();
    }
}

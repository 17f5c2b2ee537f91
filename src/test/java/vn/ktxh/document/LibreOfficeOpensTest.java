package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;

/**
 * The .docx opens in LibreOffice: converted headless to PDF, it keeps the header, the sentences and the annex — the
 * city's 2024 report and the 2025 reports of the province and of phường Tân Phong.
 * Needs the Debian package libreoffice-writer-nogui (or any LibreOffice with Writer) on the PATH.
 */
@IntegrationTest
class LibreOfficeOpensTest {

    @Autowired
    Reports reports;

    @TempDir
    Path dir;

    @Test
    void theWordFileConvertsToPdfInLibreOffice() throws Exception {
        try (PDDocument converted = converted("105", "2024")) {
            assertThat(converted.getNumberOfPages()).isGreaterThan(2);
            String text = text(converted);
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("TM. ỦY BAN NHÂN DÂN")
                    .contains("đạt 102,7% kế hoạch")
                    .contains("Phụ lục I");
            // the annex section is landscape: its page is wider than tall
            var last = converted.getPage(converted.getNumberOfPages() - 1).getMediaBox();
            assertThat(last.getWidth()).isGreaterThan(last.getHeight());
        }
    }

    /** The 2025 reports with few figures (see Demo2025ReportsTest) open too and say, in LibreOffice's text, what is missing (Tân Phong's count depends on what other tests entered). */
    @ParameterizedTest(name = "{0} năm 2025")
    @CsvSource(delimiter = '|', textBlock = """
            12    | ỦY BAN NHÂN DÂN TỈNH LAI CHÂU     | Chưa có số liệu thực hiện của 14 chỉ tiêu chủ yếu
            03408 | ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG | Chưa có số liệu thực hiện của \\d+ chỉ tiêu chủ yếu
            """)
    void theReportsOf2025ConvertAndSayWhatIsMissing(String area, String issuer, String missing) throws Exception {
        try (PDDocument converted = converted(area, "2025")) {
            assertThat(text(converted))
                    .contains(issuer)
                    .containsPattern(missing)
                    .contains("Chưa có chỉ tiêu kế hoạch năm 2026 trong hệ thống.")
                    .contains("Phụ lục I")
                    .doesNotContain("Các chỉ tiêu chủ yếu đều đạt");
        }
    }

    private PDDocument converted(String area, String period) throws Exception {
        String office = executable()
                .orElseGet(
                        () -> fail(
                                "Không tìm thấy libreoffice hoặc soffice trên PATH: cài gói libreoffice-writer-nogui "
                                        + "(apt-get install libreoffice-writer-nogui) để kiểm tra tệp .docx mở được trong LibreOffice"));
        Path docx = dir.resolve("bao-cao-" + area + "-" + period + ".docx");
        Files.write(docx, reports.render(Actor.system(), area, Period.parse(period), ReportFormat.DOCX));
        Process process = new ProcessBuilder(
                        office,
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("LibreOffice finishes within 2 minutes")
                .isTrue();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = dir.resolve("bao-cao-" + area + "-" + period + ".pdf");
        assertThat(pdf).as(log).exists();
        return Loader.loadPDF(pdf.toFile());
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static Optional<String> executable() {
        for (String name : List.of("libreoffice", "soffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                File candidate = new File(dir, name);
                if (candidate.canExecute()) {
                    return Optional.of(candidate.getPath());
                }
            }
        }
        return Optional.empty();
    }
}

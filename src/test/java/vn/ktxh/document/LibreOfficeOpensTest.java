package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
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
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.shared.Period;

/**
 * The .docx opens in LibreOffice: converted headless to PDF, it keeps the header, the sentences and the annex.
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
        String office = executable().orElseGet(() -> fail(
                "Không tìm thấy libreoffice hoặc soffice trên PATH: cài gói libreoffice-writer-nogui "
                        + "(apt-get install libreoffice-writer-nogui) để kiểm tra tệp .docx mở được trong LibreOffice"));
        Path docx = dir.resolve("bao-cao.docx");
        Files.write(docx, reports.render("105", Period.parse("2024"), ReportFormat.DOCX));
        Process process = new ProcessBuilder(office, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finishes within 2 minutes").isTrue();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = dir.resolve("bao-cao.pdf");
        assertThat(pdf).as(log).exists();
        try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
            assertThat(converted.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(converted).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("TM. ỦY BAN NHÂN DÂN")
                    .contains("đạt 102,7% kế hoạch").contains("Phụ lục I");
            // the annex section is landscape: its page is wider than tall
            var last = converted.getPage(converted.getNumberOfPages() - 1).getMediaBox();
            assertThat(last.getWidth()).isGreaterThan(last.getHeight());
        }
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

package vn.ktxh.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ktxh.exchange.CsvFigures;
import vn.ktxh.exchange.FileContents;
import vn.ktxh.shared.RejectedInput;

/**
 * An uploaded file read into values: copied to a temporary file while it is read (a workbook is a zip, read from
 * disk), refused when empty or over the size limit, then read as a workbook or as CSV.
 */
@Component
public class UploadedFiles {

    private final WorkbookReader workbooks;

    UploadedFiles(WorkbookReader workbooks) {
        this.workbooks = workbooks;
    }

    public FileContents read(String fileName, InputStream content, long maxBytes, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("ktxh-upload-", ".bin");
            copyAtMost(content, file, maxBytes);
            return isWorkbook(fileName, file)
                    ? workbooks.read(file, maxRows)
                    : CsvFigures.read(Files.readAllBytes(file), maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed by the system; the answer matters more
                }
            }
        }
    }

    private static void copyAtMost(InputStream content, Path file, long maxBytes) throws IOException {
        try (InputStream in = content;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new RejectedInput(
                            "file",
                            "Tệp lớn hơn %s MB, quá giới hạn một lần tải lên; hãy chia thành nhiều tệp"
                                    .formatted(maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new RejectedInput("file", "Tệp rỗng (0 byte); hãy chọn tệp .xlsx hoặc .csv có số liệu");
            }
        }
    }

    /** By the name's extension; without one, a zip is taken for a workbook and anything else for CSV. */
    private static boolean isWorkbook(String fileName, Path file) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return false;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }
}

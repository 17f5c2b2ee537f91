package vn.ktxh.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.ktxh.shared.RejectedInput;

/**
 * Looks at an uploaded .xlsx before any Excel library does: it must be a zip, and no part may inflate beyond a
 * bound or by a ratio no spreadsheet reaches (a "zip bomb" of 200 MB of zeros packs into 200 KB). Inflating is
 * counted while reading, so a bomb costs at most the bound, whatever its headers claim.
 */
final class ZipGuard {

    static final String NOT_XLSX = "Tệp không phải là tệp Excel .xlsx hợp lệ";
    static final long MAX_ENTRY_BYTES = 150L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;
    /** POI refuses below 1 % by default; spreadsheets compress 5 to 30 times, zeros a thousand times. */
    static final long MAX_RATIO = 100;

    private static final long RATIO_FROM_BYTES = 1024 * 1024;

    private ZipGuard() {}

    static void check(Path file) {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(magic, 0, 4);
            if (n < 4 || magic[0] != 'P' || magic[1] != 'K') {
                boolean oldExcel = n == 4
                        && (magic[0] & 0xFF) == 0xD0
                        && (magic[1] & 0xFF) == 0xCF
                        && (magic[2] & 0xFF) == 0x11
                        && (magic[3] & 0xFF) == 0xE0;
                throw new RejectedInput(
                        "file",
                        oldExcel
                                ? NOT_XLSX
                                        + ": đây là tệp Excel 97-2003 (.xls) hoặc tệp được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (nếu có) và lưu thành \"Excel Workbook (*.xlsx)\""
                                : NOTE_NOT_ZIP);
            }
        } catch (IOException e) {
            throw new RejectedInput("file", NOTE_NOT_ZIP);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        long packed = Math.max(1, entry.getCompressedSize());
                        if (inflated > MAX_ENTRY_BYTES
                                || total > MAX_TOTAL_BYTES
                                || inflated > RATIO_FROM_BYTES && inflated / packed > MAX_RATIO) {
                            throw new RejectedInput(
                                    "file",
                                    ("Tệp bị từ chối: phần \"%s\" trong tệp nén giải nén ra quá lớn "
                                                    + "(hơn %d MB từ %d KB, tỉ lệ nén bất thường, có thể là \"zip bomb\"). Bảng số liệu thật không nén "
                                                    + "được như vậy; hãy mở tệp bằng Excel và lưu lại")
                                            .formatted(
                                                    entry.getName(),
                                                    inflated / (1024 * 1024),
                                                    Math.max(1, entry.getCompressedSize() / 1024)));
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new RejectedInput("file", NOTE_NOT_ZIP);
        } catch (IOException e) {
            throw new RejectedInput("file", NOTE_NOT_ZIP + " (" + e.getMessage() + ")");
        }
    }

    private static final String NOTE_NOT_ZIP = NOT_XLSX
            + ": tệp .xlsx là một tệp nén (zip), tệp này thì không; hãy mở bằng Excel và lưu thành \"Excel Workbook (*.xlsx)\"";
}

package vn.ktxh.document;

import java.util.Arrays;
import java.util.Locale;
import vn.ktxh.shared.RejectedInput;

/** The formats a report is printed in. */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new RejectedInput(
                        "format", "Định dạng \"%s\" không hỗ trợ; dùng docx, pdf hoặc xlsx".formatted(text)));
    }
}

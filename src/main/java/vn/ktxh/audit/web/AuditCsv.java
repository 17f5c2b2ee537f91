package vn.ktxh.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ktxh.audit.AuditLine;
import vn.ktxh.shared.VietnamTime;
import vn.ktxh.shared.VnNumber;
import vn.ktxh.shared.files.Csv;

/**
 * Nhật ký as a CSV file for Excel: UTF-8 with a byte order mark, Vietnamese numbers, local time. Written once, for the
 * API ({@code /api/v1/audit/export}) and for the page ({@code /nhat-ky/xuat}) alike.
 */
final class AuditCsv {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VietnamTime.ZONE);
    private static final String HEADER =
            "\uFEFFThời điểm,Người thực hiện,Loại,Mã đơn vị,Đơn vị,Kỳ,Mã chỉ tiêu,Chỉ tiêu,Giá trị cũ,Giá trị mới,Chi tiết\r\n";

    private AuditCsv() {}

    static ResponseEntity<byte[]> download(String area, LocalDate from, LocalDate to, List<AuditLine> lines) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("nhat-ky-" + area + "-" + from + "-" + to + ".csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(text(lines).getBytes(StandardCharsets.UTF_8));
    }

    static String text(List<AuditLine> lines) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (AuditLine l : lines) {
            csv.append(String.join(
                            ",",
                            Stream.of(
                                            WHEN.format(l.at()),
                                            l.by(),
                                            l.record(),
                                            l.areaCode(),
                                            l.areaName(),
                                            l.period(),
                                            l.indicator(),
                                            l.indicatorName(),
                                            l.before() == null ? "" : VnNumber.format(l.before()),
                                            l.after() == null ? "" : VnNumber.format(l.after()),
                                            l.detail())
                                    .map(Csv::cell)
                                    .toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }
}

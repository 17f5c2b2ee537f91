package vn.ktxh.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.audit.AuditLine;
import vn.ktxh.audit.AuditLog;
import vn.ktxh.shared.VnNumber;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    List<AuditLine> lines(@RequestParam String area, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return log.of(area, from.atStartOfDay(VIETNAM).toInstant(), to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
    }

    /** The same as CSV for Excel: UTF-8 with a byte order mark, Vietnamese numbers, local time. */
    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@RequestParam String area, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StringBuilder csv = new StringBuilder("\uFEFFThời điểm,Người thực hiện,Loại,Mã đơn vị,Đơn vị,Kỳ,Mã chỉ tiêu,Chỉ tiêu,Giá trị cũ,Giá trị mới,Chi tiết\r\n");
        for (AuditLine l : lines(area, from, to)) {
            csv.append(String.join(",", Stream.of(WHEN.format(l.at()), l.by(), l.record(), l.areaCode(), l.areaName(), l.period(),
                    l.indicator(), l.indicatorName(), l.before() == null ? "" : VnNumber.format(l.before()),
                    l.after() == null ? "" : VnNumber.format(l.after()), l.detail()).map(AuditApi::cell).toList())).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nhat-ky-" + area + "-" + from + "-" + to + ".csv", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}

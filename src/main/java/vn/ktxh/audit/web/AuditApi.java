package vn.ktxh.audit.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Actor;
import vn.ktxh.audit.AuditLine;
import vn.ktxh.audit.AuditLog;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    List<AuditLine> lines(
            Actor actor,
            @RequestParam String area,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return log.of(actor, area, from, to);
    }

    /** The same as CSV for Excel (see {@link AuditCsv}). */
    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<byte[]> export(
            Actor actor,
            @RequestParam String area,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return AuditCsv.download(area, from, to, log.of(actor, area, from, to));
    }
}

package vn.ktxh.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.audit.AuditLine;
import vn.ktxh.audit.AuditLog;
import vn.ktxh.shared.RejectedInput;

/**
 * Nhật ký thay đổi: who changed which figure or target, and who moved which report, for a unit and every unit under
 * it, between two days; and the same as CSV for the signed-in user (the API's export needs HTTP Basic).
 */
@Controller
class AuditPage {

    /** More lines than a person reads on a page; the CSV holds them all. */
    static final int SHOWN = 2000;

    private final AuditLog log;
    private final Workplace workplace;

    AuditPage(AuditLog log, Workplace workplace) {
        this.log = log;
        this.workplace = workplace;
    }

    @GetMapping("/nhat-ky")
    String show(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, null);
        String code = area == null || area.isBlank() ? place.unit().code() : area.strip();
        model.addAttribute("unit", place.unit());
        LocalDate last = to == null ? workplace.today() : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        List<AuditLine> lines = log.of(actor, code, checked(first, last), last);
        model.addAttribute("area", code);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("total", lines.size());
        List<AuditLine> newestFirst =
                new ArrayList<>(lines); // the page reads from what just happened; the CSV in time order
        Collections.reverse(newestFirst);
        model.addAttribute("lines", newestFirst.size() > SHOWN ? newestFirst.subList(0, SHOWN) : newestFirst);
        model.addAttribute("shown", SHOWN);
        return "audit/log";
    }

    @GetMapping(value = "/nhat-ky/xuat", produces = "text/csv")
    ResponseEntity<byte[]> export(
            Actor actor,
            @RequestParam String area,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return AuditCsv.download(area, from, to, log.of(actor, area, checked(from, to), to));
    }

    private static LocalDate checked(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RejectedInput("from", "Ngày bắt đầu %s sau ngày kết thúc %s".formatted(from, to));
        }
        return from;
    }
}

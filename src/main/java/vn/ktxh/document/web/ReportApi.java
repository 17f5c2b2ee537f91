package vn.ktxh.document.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Actor;
import vn.ktxh.document.Narrative;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.ReportSections;
import vn.ktxh.document.Reports;
import vn.ktxh.shared.Period;

/** The narrative of a report (read and replace) and the report itself as a file. */
@RestController
@RequestMapping("/api/v1/reports/{area}/{period}")
class ReportApi {

    record SectionJson(String key, String heading, String text, String updatedBy, Instant updatedAt) {}

    record ParticularsJson(
            String number,
            String place,
            LocalDate date,
            String signerName,
            String signerTitle,
            List<String> recipients) {}

    record NarrativeJson(String area, String period, ParticularsJson particulars, List<SectionJson> sections) {}

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    /** Every section of the report, an empty text where nothing is written yet. */
    @GetMapping("/narrative")
    NarrativeJson narrative(Actor actor, @PathVariable String area, @PathVariable String period) {
        Period p = Period.parse(period);
        return json(area, p, reports.narrative(actor, area, p));
    }

    /** Replaces the sections sent (an empty text clears one) and the particulars, when sent. */
    @PutMapping("/narrative")
    NarrativeJson save(
            Actor actor,
            @PathVariable String area,
            @PathVariable String period,
            @RequestBody NarrativeJson body,
            Principal principal) {
        Period p = Period.parse(period);
        ParticularsJson pj = body.particulars(); // left out: left as they are
        Narrative narrative = new Narrative(
                pj == null
                        ? null
                        : new Narrative.Particulars(
                                pj.number(), pj.place(), pj.date(), pj.signerName(), pj.signerTitle(), pj.recipients()),
                body.sections() == null
                        ? List.of()
                        : body.sections().stream()
                                .map(s -> new Narrative.Section(s.key(), s.text(), null, null))
                                .toList());
        return json(
                area,
                p,
                reports.saveNarrative(actor, area, p, narrative, principal == null ? null : principal.getName()));
    }

    @GetMapping("/document")
    ResponseEntity<byte[]> document(
            Actor actor,
            @PathVariable String area,
            @PathVariable String period,
            @RequestParam(defaultValue = "docx") String format) {
        Period p = Period.parse(period);
        ReportFormat f = ReportFormat.parse(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(Reports.fileName(area, p, f))
                                .build()
                                .toString())
                .body(reports.render(actor, area, p, f));
    }

    private NarrativeJson json(String area, Period period, Narrative n) {
        Narrative.Particulars p = n.particulars();
        List<SectionJson> sections = reports.sectionKeys().stream()
                .map(key -> n.sections().stream()
                        .filter(s -> s.key().equals(key))
                        .findFirst()
                        .map(s -> new SectionJson(
                                key, ReportSections.heading(key), s.text(), s.updatedBy(), s.updatedAt()))
                        .orElse(new SectionJson(key, ReportSections.heading(key), "", null, null)))
                .toList();
        return new NarrativeJson(
                area,
                period.toString(),
                new ParticularsJson(p.number(), p.place(), p.date(), p.signerName(), p.signerTitle(), p.recipients()),
                sections);
    }
}

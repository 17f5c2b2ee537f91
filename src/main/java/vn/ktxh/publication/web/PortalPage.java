package vn.ktxh.publication.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.publication.Publication;
import vn.ktxh.publication.Publications;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.VietnamTime;
import vn.ktxh.shared.web.Downloads;

/**
 * Trang công khai, open to everyone: a unit and a year chosen from lists, its approved figures, and the same table as
 * .csv and .xlsx. It links to nothing behind the sign-in.
 */
@Controller
class PortalPage {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Publications publications;
    private final Areas areas;
    private final Clock clock;

    PortalPage(Publications publications, Areas areas, Clock clock) {
        this.publications = publications;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/cong-khai")
    String show(
            Optional<Actor> actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            Model model) {
        Period p = period(period);
        Publication publication = publications.of(area(area, p), p);
        int thisYear = VietnamTime.today(clock).getYear();
        model.addAttribute("publication", publication);
        model.addAttribute("notice", PortalTable.notice(publication));
        model.addAttribute(
                "mayChoose",
                publication.standing() != Publication.Standing.NOT_PUBLISHED
                        && publication.standing() != Publication.Standing.WITHDRAWN
                        && actor.map(a -> publications.mayChoose(a, publication.area()))
                                .orElse(false));
        model.addAttribute("unitRef", areas.map().reference(publication.area(), p));
        model.addAttribute(
                "units",
                publications.neighbourhood(publication.area(), p).stream()
                        .map(unit -> new Choice(areas.map().reference(unit, p), unit.fullName()))
                        .toList());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(Math.min(2020, p.year()), Math.max(thisYear, p.year()))
                        .boxed()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        return "publication/portal";
    }

    /** A unit of the picker: the reference the page takes and the name it shows. */
    record Choice(String ref, String name) {}

    @GetMapping("/cong-khai/csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String area, @RequestParam(required = false) String period) {
        Period p = period(period);
        Publication publication = publications.of(area(area, p), p);
        return download(
                PortalTable.csv(publication).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                publication,
                "csv");
    }

    /** The office that approved the report publishes it or withholds it; back to the portal's page of the unit. */
    @PostMapping("/bao-cao/cong-bo")
    String choose(Actor actor, @RequestParam String area, @RequestParam String period, @RequestParam boolean publish) {
        Period p = Period.parse(period);
        publications.choose(actor, area, p, publish);
        return "redirect:/cong-khai?area=" + UriUtils.encode(area, StandardCharsets.UTF_8) + "&period=" + p;
    }

    @GetMapping("/cong-khai/bao-cao.pdf")
    ResponseEntity<byte[]> report(
            @RequestParam(required = false) String area, @RequestParam(required = false) String period) {
        Period p = period(period);
        Publication publication = publications.of(area(area, p), p);
        return download(
                publications.report(area(area, p), p, ReportFormat.PDF), MediaType.APPLICATION_PDF, publication, "pdf");
    }

    @GetMapping("/cong-khai/xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String area, @RequestParam(required = false) String period)
            throws IOException {
        Period p = period(period);
        Publication publication = publications.of(area(area, p), p);
        return download(PortalTable.xlsx(publication), XLSX, publication, "xlsx");
    }

    private static ResponseEntity<byte[]> download(
            byte[] body, MediaType type, Publication publication, String extension) {
        return Downloads.attachment(
                body, type, "cong-khai-%s-%s.%s".formatted(publication.area().code(), publication.period(), extension));
    }

    /** The year shown when none is asked: the last one ended, whose report is the one most likely approved. */
    private Period period(String asked) {
        return asked == null || asked.isBlank()
                ? Period.year(VietnamTime.today(clock).getYear() - 1)
                : Period.parse(asked.strip());
    }

    /** The unit shown when none is asked: the first province of the country. */
    private String area(String asked, Period period) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        List<Area> top = areas.map().asOf(period.lastDay(), "").stream()
                .filter(a -> a.parentId() == null)
                .toList();
        Area first = top.stream()
                .flatMap(root -> areas.map().childrenOn(root, period.lastDay()).stream())
                .findFirst()
                .orElse(top.get(0));
        return areas.map().reference(first, period);
    }
}

package vn.ktxh.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Phần lời: what users write for an area and a period — the text of each section, and the particulars of the
 * document (số, địa danh, ngày, người ký, nơi nhận). Anything left empty is filled in by the report's defaults.
 */
public record Narrative(Particulars particulars, List<Section> sections) {

    public Narrative {
        sections = List.copyOf(sections);
    }

    public static Narrative empty() {
        return new Narrative(Particulars.NONE, List.of());
    }

    public Optional<String> text(String section) {
        return sections.stream().filter(s -> s.key().equals(section)).map(Section::text)
                .filter(t -> t != null && !t.isBlank()).findFirst();
    }

    /** The text of one section (a sector, or the introduction, limitations or tasks), who wrote it and when. */
    public record Section(String key, String text, String updatedBy, Instant updatedAt) {
    }

    /** Số, địa danh, ngày ban hành, người ký, chức vụ, nơi nhận (one recipient per entry). */
    public record Particulars(String number, String place, LocalDate date, String signerName, String signerTitle,
            List<String> recipients) {

        public static final Particulars NONE = new Particulars(null, null, null, null, null, List.of());

        public Particulars {
            recipients = recipients == null ? List.of()
                    : recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        }
    }
}

package vn.ktxh.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktxh.shared.Period;

/**
 * Phần lời: what users write for an area and a period — the text of each section, and the particulars of the
 * document (số, địa danh, ngày, người ký, nơi nhận). Anything left empty is filled in by the report's defaults.
 * {@code particulars} is null in a narrative sent to change only sections.
 */
public record Narrative(Particulars particulars, List<Section> sections) {

    public Narrative {
        sections = List.copyOf(sections);
    }

    public static Narrative empty() {
        return new Narrative(Particulars.NONE, List.of());
    }

    public Optional<String> text(String section) {
        return sections.stream()
                .filter(s -> s.key().equals(section))
                .map(Section::text)
                .filter(t -> t != null && !t.isBlank())
                .findFirst();
    }

    /**
     * What writing {@code next} over this narrative changes: the sections {@code next} names, and the particulars when it
     * has them (null: left as they are). An empty text is no text.
     */
    public List<Change> changesTo(Narrative next) {
        List<Change> out = new ArrayList<>();
        for (Section s : next.sections()) {
            change(out, s.key(), text(s.key()).orElse(null), s.text());
        }
        Particulars now = next.particulars();
        if (now != null) {
            change(out, "số", particulars.number(), now.number());
            change(out, "địa danh", particulars.place(), now.place());
            change(
                    out,
                    "ngày ban hành",
                    Objects.toString(particulars.date(), null),
                    Objects.toString(now.date(), null));
            change(out, "người ký", particulars.signerName(), now.signerName());
            change(out, "chức vụ người ký", particulars.signerTitle(), now.signerTitle());
            change(out, "nơi nhận", String.join("\n", particulars.recipients()), String.join("\n", now.recipients()));
        }
        return out;
    }

    private static void change(List<Change> out, String part, String before, String after) {
        String was = before == null || before.isBlank() ? null : before;
        String is = after == null || after.isBlank() ? null : after;
        if (!Objects.equals(was, is)) {
            out.add(new Change(part, was, is));
        }
    }

    /** One part of the text changed: a section's key or the name of a particular, before and after (null: empty). */
    public record Change(String part, String before, String after) {}

    /** A change as the audit keeps it: of which unit's report, for which period, by whom and when. */
    public record Recorded(long areaId, Period period, Change change, String by, Instant at) {}

    /** The text of one section (a sector, or the introduction, limitations or tasks), who wrote it and when. */
    public record Section(String key, String text, String updatedBy, Instant updatedAt) {}

    /** Số, địa danh, ngày ban hành, người ký, chức vụ, nơi nhận (one recipient per entry). */
    public record Particulars(
            String number,
            String place,
            LocalDate date,
            String signerName,
            String signerTitle,
            List<String> recipients) {

        public static final Particulars NONE = new Particulars(null, null, null, null, null, List.of());

        public Particulars {
            recipients = recipients == null
                    ? List.of()
                    : recipients.stream()
                            .map(String::strip)
                            .filter(r -> !r.isEmpty())
                            .toList();
        }
    }
}

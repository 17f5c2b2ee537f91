package vn.ktxh.document.storage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.document.Narrative;
import vn.ktxh.shared.Period;

/** The narrative and the particulars of a report, one row per section and one per report. */
@Repository
public class NarrativeRows {

    private final JdbcClient db;

    NarrativeRows(JdbcClient db) {
        this.db = db;
    }

    public Narrative find(long areaId, Period period) {
        List<Narrative.Section> sections = db.sql("""
                select section, text, updated_by, updated_at from report_narrative
                 where area_id = :area and period = :period
                 order by section
                """)
                .param("area", areaId)
                .param("period", period.toString())
                .query((row, n) -> new Narrative.Section(
                        row.getString("section"),
                        row.getString("text"),
                        row.getString("updated_by"),
                        row.getTimestamp("updated_at").toInstant()))
                .list();
        Narrative.Particulars particulars = db.sql("""
                select number, place, issued_on, signer_name, signer_title, recipients from report_particulars
                 where area_id = :area and period = :period
                """)
                .param("area", areaId)
                .param("period", period.toString())
                .query((row, n) -> new Narrative.Particulars(
                        row.getString("number"),
                        row.getString("place"),
                        localDate(row.getDate("issued_on")),
                        row.getString("signer_name"),
                        row.getString("signer_title"),
                        row.getString("recipients") == null
                                ? List.of()
                                : Arrays.asList(row.getString("recipients").split("\n"))))
                .optional()
                .orElse(Narrative.Particulars.NONE);
        return new Narrative(particulars, sections);
    }

    /**
     * Writes the sections given (an empty text removes the section) and the particulars unless they are null, all as one
     * user, and keeps each change in the audit.
     */
    public void save(long areaId, Period period, Narrative narrative, List<Narrative.Change> changes, String user) {
        Instant now = Instant.now();
        for (Narrative.Change c : changes) {
            db.sql("""
                    insert into report_text_audit (area_id, period, part, old_text, new_text, changed_by, changed_at)
                    values (:area, :period, :part, :old, :new, :user, :at)
                    """)
                    .param("area", areaId)
                    .param("period", period.toString())
                    .param("part", c.part())
                    .param("old", c.before())
                    .param("new", c.after())
                    .param("user", user)
                    .param("at", Timestamp.from(now))
                    .update();
        }
        for (Narrative.Section s : narrative.sections()) {
            if (s.text() == null || s.text().isBlank()) {
                db.sql("delete from report_narrative where area_id = :area and period = :period and section = :section")
                        .param("area", areaId)
                        .param("period", period.toString())
                        .param("section", s.key())
                        .update();
                continue;
            }
            db.sql("""
                    insert into report_narrative (area_id, period, section, text, updated_by, updated_at)
                    values (:area, :period, :section, :text, :user, :at)
                    on conflict (area_id, period, section) do update
                       set text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                     where report_narrative.text is distinct from excluded.text
                    """)
                    .param("area", areaId)
                    .param("period", period.toString())
                    .param("section", s.key())
                    .param("text", s.text())
                    .param("user", user)
                    .param("at", Timestamp.from(now))
                    .update();
        }
        Narrative.Particulars p = narrative.particulars();
        if (p == null) {
            return;
        }
        db.sql("""
                insert into report_particulars (area_id, period, number, place, issued_on, signer_name, signer_title,
                                                recipients, updated_by, updated_at)
                values (:area, :period, :number, :place, :issuedOn, :signerName, :signerTitle, :recipients, :user, :at)
                on conflict (area_id, period) do update
                   set number = excluded.number, place = excluded.place, issued_on = excluded.issued_on,
                       signer_name = excluded.signer_name, signer_title = excluded.signer_title,
                       recipients = excluded.recipients, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """)
                .param("area", areaId)
                .param("period", period.toString())
                .param("number", p.number())
                .param("place", p.place())
                .param("issuedOn", p.date() == null ? null : Date.valueOf(p.date()))
                .param("signerName", p.signerName())
                .param("signerTitle", p.signerTitle())
                .param("recipients", p.recipients().isEmpty() ? null : String.join("\n", p.recipients()))
                .param("user", user)
                .param("at", Timestamp.from(now))
                .update();
    }

    /** The changes of the text of these units' reports between two instants, oldest first. */
    public List<Narrative.Recorded> changes(Collection<Long> areaIds, Instant from, Instant to) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select area_id, period, part, old_text, new_text, changed_by, changed_at from report_text_audit
                 where area_id in (:areas) and changed_at between :from and :to
                 order by id
                """)
                .param("areas", areaIds)
                .param("from", java.sql.Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((row, n) -> new Narrative.Recorded(
                        row.getLong("area_id"),
                        Period.parse(row.getString("period")),
                        new Narrative.Change(
                                row.getString("part"), row.getString("old_text"), row.getString("new_text")),
                        row.getString("changed_by"),
                        row.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

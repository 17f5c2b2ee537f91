package vn.ktxh.publication.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.publication.PublicationChoice;
import vn.ktxh.shared.Period;

@Repository
public class PublicationChoiceRows {

    private final JdbcClient db;

    PublicationChoiceRows(JdbcClient db) {
        this.db = db;
    }

    /** The latest choice about a unit's period made after {@code since}, if any. */
    public Optional<PublicationChoice> latestSince(long areaId, Period period, Instant since) {
        return db.sql("""
                select published, chosen_by, chosen_at from publication_choice
                where area_id = ? and period = ? and chosen_at >= ? order by id desc limit 1
                """)
                .param(areaId)
                .param(period.toString())
                .param(Timestamp.from(since))
                .query((rs, n) -> new PublicationChoice(
                        rs.getBoolean("published"),
                        rs.getString("chosen_by"),
                        rs.getTimestamp("chosen_at").toInstant()))
                .optional();
    }

    public void insert(long areaId, Period period, boolean published, String by) {
        db.sql("insert into publication_choice (area_id, period, published, chosen_by) values (?, ?, ?, ?)")
                .param(areaId)
                .param(period.toString())
                .param(published)
                .param(by)
                .update();
    }
}

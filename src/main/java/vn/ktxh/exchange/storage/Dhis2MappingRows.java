package vn.ktxh.exchange.storage;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.exchange.dhis2.CodeMapping;
import vn.ktxh.exchange.dhis2.CodeMapping.Entry;
import vn.ktxh.exchange.dhis2.CodeMapping.Kind;

/** The DHIS2 code mapping, in {@code dhis2_mapping}. */
@Repository
public class Dhis2MappingRows {

    private final JdbcClient db;

    Dhis2MappingRows(JdbcClient db) {
        this.db = db;
    }

    public CodeMapping all() {
        return new CodeMapping(db.sql("select kind, dhis2_id, code from dhis2_mapping order by kind, dhis2_id")
                .query((row, n) -> new Entry(
                        Kind.valueOf(row.getString("kind")), row.getString("dhis2_id"), row.getString("code")))
                .list());
    }

    /** The whole table replaced by {@code entries}, in the caller's transaction. */
    public void replace(List<Entry> entries, String user) {
        db.sql("delete from dhis2_mapping").update();
        for (Entry e : entries) {
            db.sql("insert into dhis2_mapping (kind, dhis2_id, code, updated_by) values (:kind, :id, :code, :user)")
                    .param("kind", e.kind().name())
                    .param("id", e.dhis2Id())
                    .param("code", e.code())
                    .param("user", user)
                    .update();
        }
    }
}

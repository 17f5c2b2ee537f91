package vn.ktxh.area.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.LineageEvent;
import vn.ktxh.area.NewArea;
import vn.ktxh.shared.FoldedText;

@Repository
public class AreaRows {

    private final JdbcClient db;

    AreaRows(JdbcClient db) {
        this.db = db;
    }

    public List<Area> all() {
        return db.sql("select id, code, name, kind, parent_id, valid_from, valid_to, code_placeholder from area")
                .query(AreaRows::area)
                .list();
    }

    public List<LineageEvent> events() {
        return db.sql("select id, kind, effective, legal_basis from lineage_event")
                .query((rs, n) -> new LineageEvent(
                        rs.getLong("id"),
                        LineageEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("effective", LocalDate.class),
                        rs.getString("legal_basis")))
                .list();
    }

    public List<AreaMap.Link> links() {
        Map<List<Long>, Map<String, BigDecimal>> shares = new HashMap<>();
        db.sql("select event_id, predecessor_id, successor_id, indicator_code, share from lineage_indicator_share")
                .query(rs -> {
                    shares.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)), k -> new HashMap<>())
                            .put(rs.getString(4), rs.getBigDecimal(5));
                });
        return db.sql("select event_id, predecessor_id, successor_id, share from lineage_link")
                .query((rs, n) -> new AreaMap.Link(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getBigDecimal(4),
                        Map.copyOf(
                                shares.getOrDefault(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)), Map.of()))))
                .list();
    }

    public void insert(NewArea area, Long parentId) {
        db.sql("""
                insert into area (code, name, kind, parent_id, valid_from, valid_to, name_folded, code_placeholder)
                values (:code, :name, :kind, :parent, :from, :to, :folded, :placeholder)
                """)
                .param("code", area.code())
                .param("name", area.name())
                .param("kind", area.kind().name())
                .param("parent", parentId)
                .param("from", area.validFrom())
                .param("to", area.validTo())
                .param("folded", FoldedText.fold(area.kind().label() + " " + area.name()))
                .param("placeholder", area.codePlaceholder())
                .update();
    }

    public long insertEvent(LineageEvent.Kind kind, LocalDate effective, String legalBasis) {
        return db.sql(
                        "insert into lineage_event (kind, effective, legal_basis) values (:kind, :day, :basis) returning id")
                .param("kind", kind.name())
                .param("day", effective)
                .param("basis", legalBasis)
                .query(Long.class)
                .single();
    }

    public void insertLink(long eventId, long predecessorId, long successorId, BigDecimal share) {
        db.sql("insert into lineage_link (event_id, predecessor_id, successor_id, share) values (?, ?, ?, ?)")
                .params(eventId, predecessorId, successorId, share)
                .update();
    }

    public void insertIndicatorShare(
            long eventId, long predecessorId, long successorId, String indicator, BigDecimal share) {
        db.sql("insert into lineage_indicator_share values (?, ?, ?, ?, ?)")
                .params(eventId, predecessorId, successorId, indicator, share)
                .update();
    }

    private static Area area(ResultSet rs, int n) throws SQLException {
        return new Area(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                AreaKind.valueOf(rs.getString("kind")),
                rs.getObject("parent_id", Long.class),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getBoolean("code_placeholder"));
    }
}

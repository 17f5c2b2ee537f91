package vn.ktxh.task.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.task.Agency;

@Repository
public class AgencyRows {

    private final JdbcClient db;

    AgencyRows(JdbcClient db) {
        this.db = db;
    }

    public Agency insert(long areaId, String name, boolean synthesis, String email, boolean demo) {
        long id = db.sql(
                        "insert into agency (area_id, name, synthesis, email, demo) values (?, ?, ?, ?, ?) returning id")
                .params(areaId, name, synthesis, email, demo)
                .query(Long.class)
                .single();
        return new Agency(id, areaId, name, synthesis, email);
    }

    public void addMember(long agencyId, String username) {
        db.sql("insert into agency_member (agency_id, username) values (?, ?) on conflict do nothing")
                .params(agencyId, username)
                .update();
    }

    public List<Agency> ofArea(long areaId) {
        return db.sql("select * from agency where area_id = ? order by synthesis desc, id")
                .param(areaId)
                .query(AgencyRows::agency)
                .list();
    }

    public List<Agency> all() {
        return db.sql("select * from agency order by area_id, id")
                .query(AgencyRows::agency)
                .list();
    }

    public Optional<Agency> find(long id) {
        return db.sql("select * from agency where id = ?")
                .param(id)
                .query(AgencyRows::agency)
                .optional();
    }

    public List<Agency> ofMember(String username) {
        return db.sql(
                        "select a.* from agency a join agency_member m on m.agency_id = a.id where m.username = ? order by a.id")
                .param(username)
                .query(AgencyRows::agency)
                .list();
    }

    public Set<Long> idsOfMember(String username) {
        return new HashSet<>(db.sql("select agency_id from agency_member where username = ?")
                .param(username)
                .query(Long.class)
                .list());
    }

    public List<String> members(long agencyId) {
        return db.sql("select username from agency_member where agency_id = ? order by username")
                .param(agencyId)
                .query(String.class)
                .list();
    }

    /** Demo agencies go with the demo data; their tasks first (a task refers to its agencies). */
    public int deleteDemo() {
        db.sql("delete from task where lead_agency_id in (select id from agency where demo)")
                .update();
        db.sql("delete from task_cooperator where agency_id in (select id from agency where demo)")
                .update();
        return db.sql("delete from agency where demo").update();
    }

    private static Agency agency(ResultSet rs, int n) throws SQLException {
        return new Agency(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getString("name"),
                rs.getBoolean("synthesis"),
                rs.getString("email"));
    }
}

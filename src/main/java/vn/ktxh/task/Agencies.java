package vn.ktxh.task;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.task.storage.AgencyRows;

/** The door to the agencies (cơ quan, đơn vị) of each area and the accounts that work for them. */
@Service
public class Agencies {

    private final AgencyRows rows;
    private final Areas areas;
    private final Accounts accounts;

    Agencies(AgencyRows rows, Areas areas, Accounts accounts) {
        this.rows = rows;
        this.areas = areas;
        this.accounts = accounts;
    }

    @Transactional
    public Agency create(Actor actor, String areaCode, String name, boolean synthesis, String email, boolean demo) {
        Area area = area(areaCode);
        actor.requireCoordinate(area);
        if (name == null || name.isBlank()) {
            throw new RejectedInput("name", "Chưa có tên cơ quan");
        }
        if (directory(area).find(name).isPresent()) {
            throw new RejectedInput("name", "%s đã có cơ quan \"%s\"".formatted(area.fullName(), name.strip()));
        }
        return rows.insert(area.id(), name.strip(), synthesis, email, demo);
    }

    @Transactional
    public void addMember(Actor actor, long agencyId, String username) {
        Agency agency =
                rows.find(agencyId).orElseThrow(() -> new RejectedInput("agency", "Không có cơ quan số " + agencyId));
        actor.requireCoordinate(areas.map().byId(agency.areaId()).orElseThrow());
        accounts.find(username)
                .orElseThrow(() -> new RejectedInput("username", "Không có tài khoản \"%s\"".formatted(username)));
        rows.addMember(agencyId, username);
    }

    public List<Agency> ofArea(Actor actor, String areaCode) {
        Area area = area(areaCode);
        actor.requireRead(area);
        return rows.ofArea(area.id());
    }

    public AgencyDirectory directory(Area area) {
        return new AgencyDirectory(area.fullName(), rows.ofArea(area.id()));
    }

    /** The agencies an account works for. */
    public List<Agency> of(String username) {
        return rows.ofMember(username);
    }

    public List<String> members(Actor actor, long agencyId) {
        Agency agency =
                rows.find(agencyId).orElseThrow(() -> new RejectedInput("agency", "Không có cơ quan số " + agencyId));
        actor.requireRead(areas.map().byId(agency.areaId()).orElseThrow());
        return rows.members(agencyId);
    }

    @Transactional
    public int removeDemo() {
        return rows.deleteDemo();
    }

    Area area(String code) {
        if (code == null || code.isBlank()) {
            throw new RejectedInput("area", "Thiếu mã đơn vị hành chính (area)");
        }
        return areas.find(code.strip(), null)
                .orElseThrow(() -> new RejectedInput("area", "Không có đơn vị hành chính mã \"%s\"".formatted(code)));
    }
}

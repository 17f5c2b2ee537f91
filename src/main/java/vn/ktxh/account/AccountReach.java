package vn.ktxh.account;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.area.UnitReach;

/** The units' question "may this one open the unit?", answered with the reading right of the signed-in account. */
@Component
class AccountReach implements UnitReach {

    private final Accounts accounts;
    private final Areas areas;

    AccountReach(Accounts accounts, Areas areas) {
        this.accounts = accounts;
        this.areas = areas;
    }

    @Override
    public boolean mayOpen(Area area) {
        return accounts.currentAccess().map(access -> access.canRead(area)).orElse(true);
    }

    @Override
    public Optional<Area> home() {
        return accounts.current().map(Account::areaId).flatMap(id -> areas.map().byId(id));
    }
}

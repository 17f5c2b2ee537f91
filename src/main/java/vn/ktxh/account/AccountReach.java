package vn.ktxh.account;

import org.springframework.stereotype.Component;
import vn.ktxh.area.Area;
import vn.ktxh.area.UnitReach;

/** The units' question "may this one open the unit?", answered with the reading right of the signed-in account. */
@Component
class AccountReach implements UnitReach {

    private final Accounts accounts;

    AccountReach(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean mayOpen(Area area) {
        return accounts.currentAccess().map(access -> access.canRead(area)).orElse(true);
    }
}

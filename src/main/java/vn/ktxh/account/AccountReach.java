package vn.ktxh.account;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
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
        return actor().may(access -> access.canRead(area));
    }

    @Override
    public Optional<Area> home() {
        return actor().account().map(Account::areaId).flatMap(id -> areas.map().byId(id));
    }

    /** The area module cannot name an actor, so its page's question is answered for the request's signed-in account. */
    private Actor actor() {
        return accounts.actor(SecurityContextHolder.getContext().getAuthentication());
    }
}

package vn.ktxh.area;

import java.util.Optional;

/**
 * Whether the one asking may open a unit's pages (its overview, plans, figures, evaluation). The directory of units
 * is open to every signed-in account, but it offers a unit's pages only where they would open, never a link to a refusal.
 * Answered by the accounts, which the units know nothing of.
 */
public interface UnitReach {

    boolean mayOpen(Area area);

    /** The unit the one asking belongs to; empty for an account of the whole system (and for the system itself). */
    Optional<Area> home();
}

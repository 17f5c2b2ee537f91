package vn.ktxh.account;

import java.util.Objects;
import java.util.Set;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.indicator.Indicator;

/**
 * The rights of one account, as plain rules over the area map:
 * reading reaches the bound unit, its descendants (at any date) and the units they were made from;
 * entering figures is for officers on their own unit and descendants (a department only in its sectors);
 * submitting the whole report is for the officers of the unit (not a department, which writes its sectors' part);
 * approving, returning and reopening for the synthesis office above it.
 * Leaders read. An administrator may do everything.
 */
public final class Access {

    private final Account account;
    private final AreaMap areas;
    private Set<Long> ownReach;
    private Set<Long> readReach;

    public Access(Account account, AreaMap areas) {
        this.account = account;
        this.areas = areas;
    }

    public boolean canRead(Area area) {
        return everything() || reach(true).contains(area.id());
    }

    public boolean canEnter(Area area, Indicator indicator) {
        return canWriteSector(area, indicator.sector());
    }

    /**
     * Writing a sector's part of a unit's report (its figures, its section of the text): the unit's officers, and a
     * department only in its own sectors.
     */
    public boolean canWriteSector(Area area, String sector) {
        return switch (account.role()) {
            case ADMINISTRATOR -> true;
            case COMMUNE_OFFICER, SYNTHESIS_OFFICER -> reach(false).contains(area.id());
            case DEPARTMENT_OFFICER ->
                reach(false).contains(area.id()) && account.sectors().contains(sector);
            case LEADER, AGENCY_OFFICER -> false;
        };
    }

    /** Submitting the report, and writing what belongs to it whole (its introduction, conclusions, particulars). */
    public boolean canSubmit(Area area) {
        return switch (account.role()) {
            case ADMINISTRATOR -> true;
            case COMMUNE_OFFICER, SYNTHESIS_OFFICER -> reach(false).contains(area.id());
            case DEPARTMENT_OFFICER, LEADER, AGENCY_OFFICER -> false;
        };
    }

    /**
     * Approving, returning and reopening a report are the office above's: a synthesis office over units strictly
     * below its own, never over the unit it belongs to (which reports to the level above).
     */
    public boolean canApprove(Area area) {
        return everything() || account.role() == Role.SYNTHESIS_OFFICER && below(area);
    }

    /**
     * Targets are assigned by the office above the unit that must reach them; the unit's own office (or an officer of
     * the unit) only records targets its own council or committee decided ({@code ownDecision}).
     */
    public boolean canAssignTargets(Area area, boolean ownDecision) {
        if (everything()) {
            return true;
        }
        return switch (account.role()) {
            case SYNTHESIS_OFFICER -> below(area) || ownDecision && reach(false).contains(area.id());
            case COMMUNE_OFFICER -> ownDecision && reach(false).contains(area.id());
            case DEPARTMENT_OFFICER, LEADER, AGENCY_OFFICER, ADMINISTRATOR -> false;
        };
    }

    /**
     * Assigning targets to the units right below a unit at once (the grid of its plan for its communes): the unit's
     * synthesis office, the office above each of them; each target is then checked like any other.
     */
    public boolean canAssignBelow(Area area) {
        return everything()
                || account.role() == Role.SYNTHESIS_OFFICER && reach(false).contains(area.id());
    }

    /** Organising the work of a unit and those below it (its tasks, its agencies) is its synthesis office's. */
    public boolean canCoordinate(Area area) {
        return everything()
                || account.role() == Role.SYNTHESIS_OFFICER && reach(false).contains(area.id());
    }

    private boolean below(Area area) {
        return reach(false).contains(area.id()) && !Objects.equals(area.id(), account.areaId());
    }

    /** An administrator bound to no unit: the whole country. */
    public boolean administersAll() {
        return everything();
    }

    private boolean everything() {
        return account.role() == Role.ADMINISTRATOR && account.areaId() == null;
    }

    public Account account() {
        return account;
    }

    /** The bound unit and its descendants; for reading also whatever they were made from. Worked out once. */
    private Set<Long> reach(boolean withPredecessors) {
        if (withPredecessors) {
            return readReach != null ? readReach : (readReach = collectFromRoot(true));
        }
        return ownReach != null ? ownReach : (ownReach = collectFromRoot(false));
    }

    private Set<Long> collectFromRoot(boolean withPredecessors) {
        if (account.areaId() == null) {
            return Set.of();
        }
        return areas.byId(account.areaId())
                .map(root -> areas.everUnder(root, withPredecessors))
                .orElse(Set.of());
    }
}

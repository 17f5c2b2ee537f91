package vn.ktxh.task;

import java.util.Set;
import vn.ktxh.account.Access;
import vn.ktxh.area.Area;

/**
 * Who may do what with tasks: only the lead agency's accounts report progress on a task (a cooperating agency
 * reports through the lead) and split it into sub-tasks; the area's synthesis agency, the synthesis office above and administrators assign
 * tasks and extend deadlines. {@code access} is null outside a request (loaders), where nobody is refused.
 */
public record TaskRights(Access access, Set<Long> memberOf) {

    public TaskRights {
        memberOf = Set.copyOf(memberOf);
    }

    public boolean canReport(Task task) {
        return access == null || memberOf.contains(task.leadAgencyId());
    }

    public boolean canManage(Area area, AgencyDirectory agencies) {
        if (access == null || access.canCoordinate(area)) {
            return true;
        }
        return access.canSubmit(area)
                && agencies.synthesis().map(s -> memberOf.contains(s.id())).orElse(false);
    }
}

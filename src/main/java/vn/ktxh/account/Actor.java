package vn.ktxh.account;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.ktxh.area.Area;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.AccessRefused;

/**
 * Who acts through a door, passed to it explicitly: a signed-in account with its rights (the web gets it once per
 * request), or the system's own work — loading the demo data, a command, a scheduled job — which nobody refuses.
 * A door checks its actor instead of asking the thread who acts.
 */
public final class Actor {

    private static final Actor SYSTEM = new Actor(null);

    private final Access access;

    private Actor(Access access) {
        this.access = access;
    }

    /** The system's own work: every check passes, and what it records is recorded as the system's. */
    public static Actor system() {
        return SYSTEM;
    }

    public static Actor of(Access access) {
        return new Actor(Objects.requireNonNull(access));
    }

    /** The signed-in account's rights; empty for the system. */
    public Optional<Access> access() {
        return Optional.ofNullable(access);
    }

    public Optional<Account> account() {
        return access().map(Access::account);
    }

    /** The account's name; {@code otherwise} for the system. */
    public String name(String otherwise) {
        return access == null ? otherwise : access.account().username();
    }

    /** Whether the rule allows it; the system is allowed everything. */
    public boolean may(Predicate<Access> rule) {
        return access == null || rule.test(access);
    }

    public void requireRead(Area area) {
        require(a -> a.canRead(area), () -> "xem số liệu của " + area.fullName());
    }

    public void requireEnter(Area area, Indicator indicator) {
        if (access != null) {
            requireEnter(access, area, indicator);
        }
    }

    public static void requireEnter(Access access, Area area, Indicator indicator) {
        if (!access.canEnter(area, indicator)) { // the message only when refused: an upload checks thousands of pairs
            refuse(access, "nhập số liệu \"%s\" của %s".formatted(indicator.name(), area.fullName()));
        }
    }

    /**
     * Entering a unit's disbursement of public investment capital (giải ngân): its officers, a department only when public
     * investment ({@value Accounts#INVESTMENT_SECTOR}) is its sector, as with figures.
     */
    public void requireEnterDisbursement(Area area) {
        require(
                a -> a.canWriteSector(area, Accounts.INVESTMENT_SECTOR),
                () -> "nhập số giải ngân vốn đầu tư công của " + area.fullName());
    }

    /** Work over the whole country (checks of kept roll-ups) is the administrator's bound to no unit. */
    public void requireAdministrator(String what) {
        require(Access::administersAll, () -> what);
    }

    public void requireWriteSector(Area area, String sector) {
        require(
                a -> a.canWriteSector(area, sector),
                () -> "viết phần \"%s\" trong báo cáo của %s".formatted(sector, area.fullName()));
    }

    public void requireSubmit(Area area) {
        require(a -> a.canSubmit(area), () -> "gửi báo cáo của " + area.fullName());
    }

    public void requireApprove(Area area) {
        require(
                a -> a.canApprove(area),
                () -> "phê duyệt, trả lại hoặc mở lại báo cáo của " + area.fullName()
                        + " (việc của cơ quan tổng hợp cấp trên)");
    }

    public void requireAssignBelow(Area area) {
        require(
                a -> a.canAssignBelow(area),
                () -> "giao chỉ tiêu cho các đơn vị thuộc " + area.fullName() + " (việc của cơ quan tổng hợp của "
                        + area.fullName() + ")");
    }

    public void requireCoordinate(Area area) {
        require(a -> a.canCoordinate(area), () -> "tổ chức nhiệm vụ và cơ quan phối hợp của " + area.fullName());
    }

    public void requireAssignTargets(Area area, boolean ownDecision) {
        require(
                a -> a.canAssignTargets(area, ownDecision),
                () -> "giao hoặc điều chỉnh chỉ tiêu của " + area.fullName()
                        + (ownDecision ? "" : " (chỉ tiêu do cấp trên giao chỉ cấp trên điều chỉnh)"));
    }

    void require(Predicate<Access> rule, Supplier<String> what) {
        if (!may(rule)) {
            refuse(access, what.get());
        }
    }

    private static void refuse(Access access, String what) {
        throw new AccessRefused("Tài khoản \"%s\" (%s) không có quyền %s"
                .formatted(access.account().username(), access.account().role().label(), what));
    }
}

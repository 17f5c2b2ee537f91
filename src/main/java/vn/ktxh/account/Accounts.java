package vn.ktxh.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.storage.AccountRows;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: accounts, sign-in bookkeeping, and the rights of the signed-in account. */
@Service
public class Accounts {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    /** The authority of the system's own work; no signed-in account is ever given it. */
    private static final String SYSTEM = "KTXH_SYSTEM";

    private final AccountRows rows;
    private final PasswordEncoder encoder;
    private final Areas areas;

    Accounts(AccountRows rows, PasswordEncoder encoder, Areas areas) {
        this.rows = rows;
        this.encoder = encoder;
        this.areas = areas;
    }

    @Transactional
    public Account create(NewAccount a) {
        requireAdministrator();
        if (a.username() == null || !a.username().matches("[a-z0-9._-]{3,40}")) {
            throw new RejectedInput(
                    "username",
                    "Tên đăng nhập \"%s\" chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (3–40 ký tự)"
                            .formatted(a.username()));
        }
        checkedPassword(a.password(), "password");
        if (rows.find(a.username()).isPresent()) {
            throw new RejectedInput("username", "Tên đăng nhập \"%s\" đã có".formatted(a.username()));
        }
        Long areaId = a.areaCode() == null
                ? null
                : areas.find(a.areaCode(), null)
                        .orElseThrow(() -> new RejectedInput(
                                "areaCode", "Không có đơn vị hành chính mã \"%s\"".formatted(a.areaCode())))
                        .id();
        Account account = new Account(
                a.username(),
                a.displayName(),
                a.role(),
                areaId,
                a.sectors(),
                encoder.encode(a.password()),
                a.demo(),
                true,
                0,
                null);
        rows.insert(account);
        return account;
    }

    public Optional<Account> find(String username) {
        return rows.find(username);
    }

    public List<Account> all() {
        return rows.all();
    }

    /** The signed-in user's own password, changed on the strength of the current one. */
    @Transactional
    public void changeOwnPassword(String current, String next) {
        Account account = current().orElseThrow(() -> new AccessRefused("Cần đăng nhập"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new RejectedInput("current", "Mật khẩu hiện tại không đúng");
        }
        rows.setPassword(account.username(), encoder.encode(checkedPassword(next, "next")));
    }

    /** An administrator gives an account a new password, which also unlocks it. */
    @Transactional
    public void resetPassword(String username, String next) {
        requireAdministrator();
        rows.setPassword(existing(username).username(), encoder.encode(checkedPassword(next, "password")));
    }

    /** An administrator lifts the lock of five wrong passwords before its 15 minutes are over. */
    @Transactional
    public void unlock(String username) {
        requireAdministrator();
        rows.recordSuccess(existing(username).username());
    }

    /** Only an administrator manages accounts; outside a request (start-up, demo data) nobody is asked. */
    public void requireAdministrator() {
        currentAccess()
                .ifPresent(access -> check(access, access.account().role() == Role.ADMINISTRATOR, "quản lý tài khoản"));
    }

    private Account existing(String username) {
        return rows.find(username)
                .orElseThrow(() -> new RejectedInput("username", "Không có tài khoản \"%s\"".formatted(username)));
    }

    private static String checkedPassword(String password, String field) {
        if (password == null || password.length() < 10) {
            throw new RejectedInput(field, "Mật khẩu phải có ít nhất 10 ký tự");
        }
        return password;
    }

    /**
     * Takes a sign-in attempt's place in the count before its password is checked: false once
     * {@value #FAILURES_BEFORE_LOCK} attempts since the last good one have been made, however many run at once.
     */
    public boolean claimAttempt(String username, Instant now) {
        return rows.claimAttempt(username, FAILURES_BEFORE_LOCK, now, now.plus(LOCK));
    }

    public void recordSuccess(String username) {
        rows.recordSuccess(username);
    }

    /** On a first start without demo data: an administrator whose password is shown once, in the log. */
    @Transactional
    public void ensureAdministrator() {
        if (rows.anyAdministrator()) {
            return;
        }
        String password = randomPassword();
        create(new NewAccount("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, null, List.of(), password, false));
        log.warn("""

                ==============================================================
                Đã tạo tài khoản quản trị: admin
                Mật khẩu (chỉ hiện một lần, hãy đổi ngay): {}
                ==============================================================""", password);
    }

    @Transactional
    public int removeDemoAccounts() {
        return rows.deleteDemo();
    }

    /** The signed-in account, if a request is being served for one. */
    public Optional<Account> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null || isSystem(auth)) {
            return Optional.empty();
        }
        return rows.find(auth.getName());
    }

    /** The signed-in account's name; {@code otherwise} for a visitor and for the system's own work. */
    public String currentName(String otherwise) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || isSystem(auth)
                ? otherwise
                : auth.getName();
    }

    /**
     * The rights of the account the current request is served for; empty only inside {@link #asSystem}, where there
     * is nobody to refuse. Anybody else — a visitor, or a thread that nobody marked — is asked to sign in: a door
     * never lets all through because a caller forgot to say who acts.
     */
    public Optional<Access> currentAccess() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (isSystem(auth)) {
            return Optional.empty();
        }
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessRefused("Cần đăng nhập");
        }
        Account account = rows.find(auth.getName())
                .orElseThrow(() -> new AccessRefused("Tài khoản \"%s\" không còn tồn tại".formatted(auth.getName())));
        return Optional.of(new Access(account, areas.map()));
    }

    /**
     * Runs work the system does for nobody in particular — loading the demo data, a command, a scheduled job, a public
     * read of what is published — as the system, then restores whoever acted before.
     */
    public <T> T asSystem(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SYSTEM, null, List.of(new SimpleGrantedAuthority(SYSTEM))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** As {@link #asSystem(Supplier)}, for work without a result. */
    public void runAsSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    private static boolean isSystem(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> SYSTEM.equals(a.getAuthority()));
    }

    public void requireRead(Area area) {
        currentAccess().ifPresent(access -> check(access, access.canRead(area), "xem số liệu của " + area.fullName()));
    }

    public void requireEnter(Area area, Indicator indicator) {
        currentAccess().ifPresent(access -> requireEnter(access, area, indicator));
    }

    public static void requireEnter(Access access, Area area, Indicator indicator) {
        if (!access.canEnter(area, indicator)) { // the message only when refused: an upload checks thousands of pairs
            check(access, false, "nhập số liệu \"%s\" của %s".formatted(indicator.name(), area.fullName()));
        }
    }

    /**
     * Entering a unit's disbursement of public investment capital (giải ngân): its officers, a department only when public
     * investment ({@value #INVESTMENT_SECTOR}) is its sector, as with figures.
     */
    public void requireEnterDisbursement(Area area) {
        currentAccess()
                .ifPresent(access -> check(
                        access,
                        access.canWriteSector(area, INVESTMENT_SECTOR),
                        "nhập số giải ngân vốn đầu tư công của " + area.fullName()));
    }

    /** The catalogue's sector of public investment: a department of it enters disbursement. */
    public static final String INVESTMENT_SECTOR = "đầu tư hạ tầng";

    /** Work over the whole country (checks of kept roll-ups) is the administrator's bound to no unit. */
    public void requireAdministrator(String what) {
        currentAccess().ifPresent(access -> check(access, access.administersAll(), what));
    }

    public void requireWriteSector(Area area, String sector) {
        currentAccess()
                .ifPresent(access -> check(
                        access,
                        access.canWriteSector(area, sector),
                        "viết phần \"%s\" trong báo cáo của %s".formatted(sector, area.fullName())));
    }

    public void requireSubmit(Area area) {
        currentAccess()
                .ifPresent(access -> check(access, access.canSubmit(area), "gửi báo cáo của " + area.fullName()));
    }

    public void requireApprove(Area area) {
        currentAccess()
                .ifPresent(access -> check(
                        access,
                        access.canApprove(area),
                        "phê duyệt, trả lại hoặc mở lại báo cáo của " + area.fullName()
                                + " (việc của cơ quan tổng hợp cấp trên)"));
    }

    public void requireAssignBelow(Area area) {
        currentAccess()
                .ifPresent(access -> check(
                        access,
                        access.canAssignBelow(area),
                        "giao chỉ tiêu cho các đơn vị thuộc " + area.fullName() + " (việc của cơ quan tổng hợp của "
                                + area.fullName() + ")"));
    }

    public void requireCoordinate(Area area) {
        currentAccess()
                .ifPresent(access -> check(
                        access,
                        access.canCoordinate(area),
                        "tổ chức nhiệm vụ và cơ quan phối hợp của " + area.fullName()));
    }

    public void requireAssignTargets(Area area, boolean ownDecision) {
        currentAccess()
                .ifPresent(access -> check(
                        access,
                        access.canAssignTargets(area, ownDecision),
                        "giao hoặc điều chỉnh chỉ tiêu của " + area.fullName()
                                + (ownDecision ? "" : " (chỉ tiêu do cấp trên giao chỉ cấp trên điều chỉnh)")));
    }

    private static void check(Access access, boolean allowed, String what) {
        if (!allowed) {
            throw new AccessRefused("Tài khoản \"%s\" (%s) không có quyền %s"
                    .formatted(
                            access.account().username(), access.account().role().label(), what));
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}

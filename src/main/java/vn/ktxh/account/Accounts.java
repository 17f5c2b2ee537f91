package vn.ktxh.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.storage.AccountRows;
import vn.ktxh.area.Areas;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: accounts, sign-in bookkeeping, and the rights of the signed-in account. */
@Service
public class Accounts {

    /** The catalogue's sector of public investment: a department of it enters disbursement. */
    public static final String INVESTMENT_SECTOR = "đầu tư hạ tầng";

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final AccountRows rows;
    private final PasswordEncoder encoder;
    private final Areas areas;

    Accounts(AccountRows rows, PasswordEncoder encoder, Areas areas) {
        this.rows = rows;
        this.encoder = encoder;
        this.areas = areas;
    }

    @Transactional
    public Account create(Actor actor, NewAccount a) {
        requireAdministrator(actor);
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
    public void changeOwnPassword(Actor actor, String current, String next) {
        Account account = actor.account().orElseThrow(() -> new AccessRefused("Cần đăng nhập"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new RejectedInput("current", "Mật khẩu hiện tại không đúng");
        }
        rows.setPassword(account.username(), encoder.encode(checkedPassword(next, "next")));
    }

    /** An administrator gives an account a new password, which also unlocks it. */
    @Transactional
    public void resetPassword(Actor actor, String username, String next) {
        requireAdministrator(actor);
        rows.setPassword(existing(username).username(), encoder.encode(checkedPassword(next, "password")));
    }

    /** An administrator lifts the lock of five wrong passwords before its 15 minutes are over. */
    @Transactional
    public void unlock(Actor actor, String username) {
        requireAdministrator(actor);
        rows.recordSuccess(existing(username).username());
    }

    /** Only an administrator manages accounts; the system's own work (start-up, demo data) is not asked. */
    private static void requireAdministrator(Actor actor) {
        actor.require(a -> a.account().role() == Role.ADMINISTRATOR, () -> "quản lý tài khoản");
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
        create(
                Actor.system(),
                new NewAccount("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, null, List.of(), password, false));
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

    /**
     * Who acts for a request with this authentication: the signed-in account. Anybody else — a visitor, or a thread
     * where nobody signed in — is asked to sign in: nobody is let through because a caller forgot to say who acts.
     */
    public Actor actor(Authentication auth) {
        if (visitor(auth)) {
            throw new AccessRefused("Cần đăng nhập");
        }
        Account account = rows.find(auth.getName())
                .orElseThrow(() -> new AccessRefused("Tài khoản \"%s\" không còn tồn tại".formatted(auth.getName())));
        return Actor.of(new Access(account, areas.map()));
    }

    /** The signed-in account's actor; empty for a visitor, on the pages open to everyone. */
    public Optional<Actor> signedIn(Authentication auth) {
        return visitor(auth) ? Optional.empty() : Optional.of(actor(auth));
    }

    private static boolean visitor(Authentication auth) {
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
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

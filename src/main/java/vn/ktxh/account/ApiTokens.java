package vn.ktxh.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.storage.ApiTokenRows;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.RejectedInput;

/**
 * The door to API tokens: a signed-in account makes one for a named purpose and sees the secret once; the token then
 * acts as that account, with its rights, until its owner or an administrator revokes it.
 */
@Service
public class ApiTokens {

    static final int PURPOSE_MAX = 200;

    private final ApiTokenRows rows;
    private final Accounts accounts;
    private final Clock clock;

    ApiTokens(ApiTokenRows rows, Accounts accounts, Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public ApiToken.Issued issue(Actor actor, String purpose) {
        String what = purpose == null ? "" : purpose.strip();
        if (what.isEmpty()) {
            throw new RejectedInput(
                    "purpose", "Hãy ghi mục đích dùng mã truy cập API (ví dụ: phần mềm thống kê của phường)");
        }
        if (what.length() > PURPOSE_MAX) {
            throw new RejectedInput(
                    "purpose", "Mục đích dài %d ký tự, quá %d ký tự".formatted(what.length(), PURPOSE_MAX));
        }
        String secret = TokenSecret.generate();
        return new ApiToken.Issued(rows.insert(signedIn(actor).username(), what, TokenSecret.hash(secret)), secret);
    }

    /** The caller's live tokens; an administrator sees every account's. */
    public List<ApiToken> visible(Actor actor) {
        Account me = signedIn(actor);
        return rows.live(me.role() == Role.ADMINISTRATOR ? null : me.username());
    }

    /** False when no live token of that id is the caller's to revoke: another account's is not even said to exist. */
    @Transactional
    public boolean revoke(Actor actor, long id) {
        Account me = signedIn(actor);
        Optional<ApiToken> token =
                rows.live(id).filter(t -> t.username().equals(me.username()) || me.role() == Role.ADMINISTRATOR);
        token.ifPresent(t -> rows.revoke(t.id(), me.username(), clock.instant()));
        return token.isPresent();
    }

    /** The account a secret acts for, if it is a live token's; its use is recorded. */
    @Transactional
    public Optional<Account> owner(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = rows.liveByHash(TokenSecret.hash(secret));
        token.ifPresent(t -> rows.used(t.id(), clock.instant()));
        return token.flatMap(t -> accounts.find(t.username()));
    }

    private static Account signedIn(Actor actor) {
        return actor.account().orElseThrow(() -> new AccessRefused("Cần đăng nhập"));
    }
}

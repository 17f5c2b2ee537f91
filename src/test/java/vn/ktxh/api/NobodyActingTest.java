package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.Reports;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Period;

/**
 * Who acts is never guessed: where nobody signed in — a visitor, or a thread that nobody marked — the actor a request
 * would hand to the doors is refused with "Cần đăng nhập" instead of letting everything through; the system's own
 * work, which names the system as its actor, is answered.
 */
@IntegrationTest
class NobodyActingTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Reports reports;

    @Test
    void aThreadWhereNobodyActsIsAskedToSignIn() throws Exception {
        var unmarked = Executors.newSingleThreadExecutor(); // a new thread carries no security context
        try {
            CompletableFuture<Actor> asked = CompletableFuture.supplyAsync(
                    () -> accounts.actor(SecurityContextHolder.getContext().getAuthentication()), unmarked);
            assertThatThrownBy(asked::get)
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(AccessRefused.class)
                    .hasMessage("Cần đăng nhập");
        } finally {
            unmarked.shutdown();
        }
    }

    @Test
    void aVisitorIsAskedToSignIn() {
        var visitor = new AnonymousAuthenticationToken(
                "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> accounts.actor(visitor))
                .isInstanceOf(AccessRefused.class)
                .hasMessage("Cần đăng nhập");
    }

    @Test
    void theSystemsOwnWorkIsAnswered() {
        assertThatCode(() -> reports.render(Actor.system(), "105", Period.parse("2024"), ReportFormat.XLSX))
                .doesNotThrowAnyException();
    }
}

package vn.ktxh.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ktxh.account.Account;
import vn.ktxh.account.ApiTokens;
import vn.ktxh.shared.web.DatabaseOutage;

/**
 * {@code Authorization: Bearer ktxh_…}: the request acts as the token's owner, with the owner's role. A token that is
 * unknown, revoked, or whose account may not sign in is refused at once (401), never passed on as anonymous.
 */
class BearerTokens extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    /** Signed in with a token, not a password: a token may not make further tokens. */
    static final class TokenAuthentication extends UsernamePasswordAuthenticationToken {
        TokenAuthentication(Account owner) {
            super(
                    owner.username(),
                    null,
                    AuthorityUtils.createAuthorityList("ROLE_" + owner.role().name()));
        }
    }

    static final class InvalidToken extends AuthenticationException {
        InvalidToken() {
            super("Mã truy cập API không hợp lệ hoặc đã bị thu hồi; hãy tạo mã mới ở trang Tài khoản");
        }
    }

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint refuse;
    private final boolean demoData;

    BearerTokens(ApiTokens tokens, AuthenticationEntryPoint refuse, boolean demoData) {
        this.tokens = tokens;
        this.refuse = refuse;
        this.demoData = demoData;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> owner;
        try {
            owner = tokens.owner(header.substring(SCHEME.length()).strip())
                    .filter(a -> a.enabled() && (demoData || !a.demo()));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            refuse.commence(request, response, new AuthenticationServiceException(DatabaseOutage.MESSAGE, e));
            return;
        }
        if (owner.isEmpty()) {
            refuse.commence(request, response, new InvalidToken());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(owner.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}

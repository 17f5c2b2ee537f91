package vn.ktxh.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.ktxh.account.Account;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.ApiTokens;
import vn.ktxh.account.StartPage;
import vn.ktxh.shared.web.DatabaseOutage;

/**
 * Sign-in: the web with a form, a CSRF token and a session that times out; the API with an API token (Bearer, for
 * programs: a hash lookup, no bcrypt per request) or HTTP Basic (for people), and no CSRF (there is no cookie to forge),
 * or with the page's session (its downloads), then with the page's CSRF token for writes. Five wrong passwords in a row
 * lock an account for 15 minutes. Demo accounts work only while the system runs with its demo data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // a command-line run (a report) has no requests to guard
class SecurityConfiguration {

    private static final String[] OPEN = {
        "/dang-nhap",
        "/webjars/**",
        "/assets/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/error",
        "/cong-khai/**"
    };
    /**
     * Scripts only from our own files (no inline script, no eval): an injected {@code <script>} or {@code onclick} does
     * not run. Styles may be inline: htmx and ECharts set them, and a style cannot run code.
     */
    static final String PAGE_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final String WRONG_OR_LOCKED =
            "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang bị khóa tạm thời do nhập sai "
                    + "nhiều lần (thử lại sau 15 phút)";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Environment env) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
            if (DatabaseOutage.causedBy(ex)) { // the account could not be looked up: not a refusal
                problem(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.MESSAGE);
            } else {
                problem(response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập", reason(ex));
                if (ex instanceof BearerTokens.InvalidToken) {
                    response.setHeader("WWW-Authenticate", "Bearer realm=\"KTXH\", error=\"invalid_token\"");
                }
            }
        };
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokens(tokens, unauthorized, demoData(env)), BasicAuthenticationFilter.class)
                .httpBasic(basic ->
                        basic.realmName("KTXH").authenticationEntryPoint(unauthorized)) // wrong or locked credentials
                // a signed-in page's session is read too (its download links are API URLs), never created here;
                // a write on the strength of that cookie needs the page's CSRF token, a write with credentials does not
                .securityContext(c -> c.securityContextRepository(sessionReadOnly()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeWithoutCredentials))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized) // no credentials at all
                        .accessDeniedHandler((request, response, ex) -> problem(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Không có quyền",
                                "Tài khoản không có quyền thực hiện thao tác này")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<StartPage> startPages) throws Exception {
        return http.authorizeHttpRequests(
                        a -> a.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/dang-nhap")
                        .successHandler(new StartPages(startPages))
                        .failureHandler(signInFailure()))
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?da-thoat"))
                // the report page previews the official document (/bao-cao/xem) in a frame of its own; other sites
                // still may not frame us
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** A wrong password says so (with the reason kept for the page); a database out of reach says that instead. */
    private static AuthenticationFailureHandler signInFailure() {
        var refused = new SimpleUrlAuthenticationFailureHandler("/dang-nhap?loi");
        var outage = new SimpleUrlAuthenticationFailureHandler("/dang-nhap?csdl");
        return (request, response, ex) ->
                (DatabaseOutage.causedBy(ex) ? outage : refused).onAuthenticationFailure(request, response, ex);
    }

    private static HttpSessionSecurityContextRepository sessionReadOnly() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setAllowSessionCreation(false);
        return repository;
    }

    /** A write that can only be the session's (a cookie, no credentials of its own): a forged form could send it. */
    private static boolean writeWithoutCredentials(HttpServletRequest request) {
        boolean read = switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
            default -> false;
        };
        return !read && request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;
    }

    /**
     * Every attempt takes its place in the count before its password is checked ({@link Accounts#claimAttempt}), so forty
     * at once are no more than five guesses. A locked account is answered as a wrong password, after a check of the same
     * cost against a hash nothing matches: the answer tells an attacker nothing.
     */
    @Bean
    UserDetailsService signInAccounts(Accounts accounts, Environment env, Clock clock, PasswordEncoder encoder) {
        boolean demoData = demoData(env);
        String unmatchable = encoder.encode(UUID.randomUUID().toString());
        return username -> {
            Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
            if (account.demo() && !demoData) {
                throw new DisabledException("Tài khoản mẫu chỉ dùng được khi hệ thống chạy với dữ liệu mẫu");
            }
            boolean mayCheck = accounts.claimAttempt(username, clock.instant());
            return User.withUsername(account.username())
                    .password(mayCheck ? account.passwordHash() : unmatchable)
                    .disabled(!account.enabled())
                    .roles(account.role().name())
                    .build();
        };
    }

    private static boolean demoData(Environment env) {
        return "true".equals(env.getProperty("ktxh.demo-data", "true"));
    }

    /** Our own refusal (a demo account) is wrapped by Spring on its way out of the account lookup. */
    private static String reason(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DisabledException || t instanceof BearerTokens.InvalidToken) {
                return t.getMessage();
            }
            if (t instanceof BadCredentialsException) {
                return WRONG_OR_LOCKED;
            }
        }
        return "Yêu cầu này cần mã truy cập API (Authorization: Bearer) hoặc tên đăng nhập và mật khẩu (HTTP Basic)";
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"KTXH\", charset=\"UTF-8\"");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(title, status.value(), detail.replace("\"", "'")));
    }
}

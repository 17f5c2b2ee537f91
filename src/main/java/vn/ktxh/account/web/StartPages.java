package vn.ktxh.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import vn.ktxh.account.StartPage;

/** After signing in: the page asked for before, else the first start page a module names for the account, else the dashboard. */
class StartPages extends SavedRequestAwareAuthenticationSuccessHandler {

    private final List<StartPage> pages;

    StartPages(List<StartPage> pages) {
        this.pages = pages;
        setDefaultTargetUrl("/");
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return pages.stream()
                .map(p -> p.of(authentication.getName()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> super.determineTargetUrl(request, response, authentication));
    }
}

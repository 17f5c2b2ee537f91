package vn.ktxh.account.web;

import java.util.List;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;

/**
 * Gives a page or API method that names an {@link Actor} parameter the account its request is served for, once per
 * request, to pass on to the doors; a visitor is asked to sign in ("Cần đăng nhập"). A page open to everyone names an
 * {@code Optional<Actor>}, empty for a visitor. The one place the web asks the security context who acts.
 */
@Component
class ActingAccount implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final Accounts accounts;

    ActingAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class
                || parameter.getParameterType() == Optional.class
                        && parameter.nested().getNestedParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return parameter.getParameterType() == Optional.class ? accounts.signedIn(auth) : accounts.actor(auth);
    }
}

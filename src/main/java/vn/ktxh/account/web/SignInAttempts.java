package vn.ktxh.account.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.ktxh.account.Accounts;

/** Clears the count of sign-in attempts on a good password (attempts are counted before the check, by the account lookup). */
@Component
class SignInAttempts {

    private final Accounts accounts;

    SignInAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}

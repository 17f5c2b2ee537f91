package vn.ktxh.account.web;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Notifications;

/** Every page knows who is signed in and how many notifications wait, for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class SignedInUser {

    private final Notifications notifications;
    private final Accounts accounts;

    SignedInUser(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /** Pages open to visitors (the sign-in page) have nobody to count for. */
    @ModelAttribute("unread")
    Integer unread(Principal principal) {
        return principal instanceof Authentication signedIn ? notifications.unread(accounts.actor(signedIn)) : null;
    }
}

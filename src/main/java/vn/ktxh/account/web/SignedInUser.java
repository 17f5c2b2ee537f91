package vn.ktxh.account.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ktxh.account.Notifications;

/** Every page knows who is signed in and how many notifications wait, for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class SignedInUser {

    private final Notifications notifications;

    SignedInUser(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("unread")
    Integer unread(Principal principal) {
        return principal == null ? null : notifications.unread();
    }
}

package vn.ktxh.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Notifications;

/** Thông báo: the signed-in account's notifications, newest first; reading them here marks them read. */
@Controller
class NotificationPage {

    private final Notifications notifications;

    NotificationPage(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/thong-bao")
    String show(Actor actor, Model model) {
        model.addAttribute("notifications", notifications.mine(actor));
        return "account/notifications";
    }

    @PostMapping("/thong-bao/da-doc")
    String markRead(Actor actor) {
        notifications.markMineRead(actor);
        return "redirect:/thong-bao";
    }
}

package vn.ktxh.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ktxh.account.Account;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.ApiTokens;
import vn.ktxh.account.NewAccount;
import vn.ktxh.account.Notifications;
import vn.ktxh.account.Role;
import vn.ktxh.area.Areas;
import vn.ktxh.shared.RejectedInput;

/**
 * Tài khoản: everyone changes their own password and makes or revokes their API tokens here; an administrator also sees every account with its unit and role,
 * creates accounts, gives a new password and lifts a lock. A refusal comes back on the page, naming the field.
 */
@Controller
class AccountPage {

    /** An account as the table shows it. */
    record Row(Account account, String unit, boolean locked) {}

    private final Accounts accounts;
    private final ApiTokens apiTokens;
    private final Areas areas;
    private final Clock clock;
    private final Notifications notifications;

    AccountPage(Accounts accounts, ApiTokens apiTokens, Areas areas, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.apiTokens = apiTokens;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/tai-khoan")
    String show(Actor actor, Model model) {
        return page(actor, model);
    }

    /** The new token's secret travels to the next page once, in the session's flash, never in an address. */
    @PostMapping("/tai-khoan/ma-api")
    String issueToken(
            Actor actor,
            @RequestParam(required = false) String purpose,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        return act(
                actor,
                () -> flash.addFlashAttribute("issued", apiTokens.issue(actor, purpose)),
                "Đã tạo mã truy cập API.",
                flash,
                response,
                model);
    }

    @PostMapping("/tai-khoan/ma-api/{id}/thu-hoi")
    String revokeToken(
            Actor actor, @PathVariable long id, RedirectAttributes flash, HttpServletResponse response, Model model) {
        if (!apiTokens.revoke(actor, id)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", "Không có mã truy cập API số %d của bạn".formatted(id));
            return page(actor, model);
        }
        flash.addFlashAttribute("done", "Đã thu hồi mã truy cập API số %d.".formatted(id));
        return "redirect:/tai-khoan";
    }

    @PostMapping("/tai-khoan/mat-khau")
    String changeOwn(
            Actor actor,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String next,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        return act(
                actor,
                () -> accounts.changeOwnPassword(actor, current, next),
                "Đã đổi mật khẩu của bạn.",
                flash,
                response,
                model);
    }

    @PostMapping("/tai-khoan/thu-dien-tu")
    String setEmail(
            Actor actor,
            @RequestParam(required = false) String email,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        return act(
                actor,
                () -> notifications.setMyEmail(actor, email),
                email == null || email.isBlank()
                        ? "Đã thôi nhận thông báo qua thư điện tử."
                        : "Đã lưu địa chỉ nhận thông báo.",
                flash,
                response,
                model);
    }

    @PostMapping("/tai-khoan")
    String create(
            Actor actor,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String sectors,
            @RequestParam(required = false) String password,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        List<String> sectorList = sectors == null || sectors.isBlank()
                ? List.of()
                : Arrays.stream(sectors.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return act(
                actor,
                () -> {
                    if (role == null) {
                        throw new RejectedInput("role", "Chọn vai trò của tài khoản");
                    }
                    accounts.create(
                            actor,
                            new NewAccount(
                                    username == null ? null : username.strip(),
                                    displayName,
                                    role,
                                    area == null || area.isBlank() ? null : area.strip(),
                                    sectorList,
                                    password,
                                    false));
                },
                "Đã tạo tài khoản " + username + ".",
                flash,
                response,
                model);
    }

    @PostMapping("/tai-khoan/{username}/dat-lai-mat-khau")
    String reset(
            Actor actor,
            @PathVariable String username,
            @RequestParam(required = false) String password,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        return act(
                actor,
                () -> accounts.resetPassword(actor, username, password),
                "Đã đặt mật khẩu mới cho " + username + ".",
                flash,
                response,
                model);
    }

    @PostMapping("/tai-khoan/{username}/mo-khoa")
    String unlock(
            Actor actor,
            @PathVariable String username,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        return act(
                actor,
                () -> accounts.unlock(actor, username),
                "Đã mở khóa tài khoản " + username + ".",
                flash,
                response,
                model);
    }

    private String act(
            Actor actor,
            Runnable work,
            String done,
            RedirectAttributes flash,
            HttpServletResponse response,
            Model model) {
        try {
            work.run();
            flash.addFlashAttribute("done", done);
            return "redirect:/tai-khoan";
        } catch (RejectedInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return page(actor, model);
        }
    }

    private String page(Actor actor, Model model) {
        Account me = actor.account().orElseThrow();
        model.addAttribute("me", me);
        model.addAttribute("roles", Role.values());
        boolean admin = me.role() == Role.ADMINISTRATOR;
        model.addAttribute("admin", admin);
        model.addAttribute("tokens", apiTokens.visible(actor));
        model.addAttribute("myEmail", notifications.myEmail(actor).orElse(""));
        if (admin) {
            var map = areas.map();
            Instant now = clock.instant();
            model.addAttribute(
                    "rows",
                    accounts.all().stream()
                            .map(a -> new Row(
                                    a,
                                    a.areaId() == null
                                            ? "toàn hệ thống"
                                            : map.byId(a.areaId())
                                                    .map(u -> u.fullName() + " (" + u.code() + ")")
                                                    .orElse("—"),
                                    a.lockedAt(now)))
                            .toList());
        }
        return "account/accounts";
    }
}

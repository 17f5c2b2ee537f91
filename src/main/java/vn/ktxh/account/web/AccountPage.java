package vn.ktxh.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Account;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.NewAccount;
import vn.ktxh.account.Role;
import vn.ktxh.area.Areas;
import vn.ktxh.shared.RejectedInput;

/**
 * Tài khoản: everyone changes their own password here; an administrator also sees every account with its unit and role,
 * creates accounts, gives a new password and lifts a lock. A refusal comes back on the page, naming the field.
 */
@Controller
class AccountPage {

    /** An account as the table shows it. */
    record Row(Account account, String unit, boolean locked) {
    }

    private final Accounts accounts;
    private final Areas areas;
    private final java.time.Clock clock;

    AccountPage(Accounts accounts, Areas areas, java.time.Clock clock) {
        this.accounts = accounts;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/tai-khoan")
    String show(@RequestParam(name = "xong", required = false) String done, Model model) {
        model.addAttribute("done", done);
        return page(model);
    }

    @PostMapping("/tai-khoan/mat-khau")
    String changeOwn(@RequestParam(required = false) String current, @RequestParam(required = false) String next,
            HttpServletResponse response, Model model) {
        return act(() -> accounts.changeOwnPassword(current, next), "Đã đổi mật khẩu của bạn.", response, model);
    }

    @PostMapping("/tai-khoan")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String area,
            @RequestParam(required = false) String sectors, @RequestParam(required = false) String password,
            HttpServletResponse response, Model model) {
        List<String> sectorList = sectors == null || sectors.isBlank() ? List.of()
                : Arrays.stream(sectors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return act(() -> {
            if (role == null) {
                throw new RejectedInput("role", "Chọn vai trò của tài khoản");
            }
            accounts.create(new NewAccount(username == null ? null : username.strip(), displayName, role,
                    area == null || area.isBlank() ? null : area.strip(), sectorList, password, false));
        }, "Đã tạo tài khoản " + username + ".", response, model);
    }

    @PostMapping("/tai-khoan/{username}/dat-lai-mat-khau")
    String reset(@PathVariable String username, @RequestParam(required = false) String password, HttpServletResponse response,
            Model model) {
        return act(() -> accounts.resetPassword(username, password), "Đã đặt mật khẩu mới cho " + username + ".", response, model);
    }

    @PostMapping("/tai-khoan/{username}/mo-khoa")
    String unlock(@PathVariable String username, HttpServletResponse response, Model model) {
        return act(() -> accounts.unlock(username), "Đã mở khóa tài khoản " + username + ".", response, model);
    }

    private String act(Runnable work, String done, HttpServletResponse response, Model model) {
        try {
            work.run();
            return "redirect:/tai-khoan?xong=" + java.net.URLEncoder.encode(done, java.nio.charset.StandardCharsets.UTF_8);
        } catch (RejectedInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return page(model);
        }
    }

    private String page(Model model) {
        Account me = accounts.current().orElseThrow();
        model.addAttribute("me", me);
        model.addAttribute("roles", Role.values());
        boolean admin = me.role() == Role.ADMINISTRATOR;
        model.addAttribute("admin", admin);
        if (admin) {
            var map = areas.map();
            java.time.Instant now = clock.instant();
            model.addAttribute("rows", accounts.all().stream().map(a -> new Row(a,
                    a.areaId() == null ? "toàn hệ thống" : map.byId(a.areaId()).map(u -> u.fullName() + " (" + u.code() + ")").orElse("—"),
                    a.lockedAt(now))).toList());
        }
        return "account/accounts";
    }
}

package vn.ktxh.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

    @GetMapping("/dang-nhap")
    String show() {
        return "account/login";
    }
}

package vn.htx.portal.users.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(
            @RequestParam(name = "loi", required = false) String failed,
            @RequestParam(name = "khoa", required = false) String locked,
            @RequestParam(name = "khoa-dia-chi", required = false) String addressBlocked,
            @RequestParam(name = "da-dang-xuat", required = false) String loggedOut,
            HttpSession session,
            Model model) {
        Object lastUsername = session.getAttribute(SecurityConfiguration.LAST_USERNAME);
        session.removeAttribute(SecurityConfiguration.LAST_USERNAME);
        model.addAttribute("username", lastUsername == null ? "" : lastUsername);
        model.addAttribute(
                "error",
                addressBlocked != null
                        ? "login.addressBlocked"
                        : locked != null ? "login.locked" : failed != null ? "login.failed" : null);
        model.addAttribute("loggedOut", loggedOut != null);
        return "admin/login";
    }
}

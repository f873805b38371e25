package vn.htx.portal.users.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.users.AccountException;
import vn.htx.portal.users.UsersApi;
import vn.htx.portal.users.domain.AppUserRepository;

/** Every staff member: change one's own password; admins: read the audit log. */
@Controller
class OwnAccountController {

    record ChangePasswordForm(String currentPassword, String newPassword, String confirmPassword) {}

    static final int AUDIT_PAGE_SIZE = 50;

    private final UsersApi users;
    private final AppUserRepository accounts;

    OwnAccountController(UsersApi users, AppUserRepository accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @GetMapping("/quan-tri/mat-khau")
    String passwordForm(Model model) {
        model.addAttribute("form", new ChangePasswordForm("", "", ""));
        return "admin/users/password";
    }

    @PostMapping("/quan-tri/mat-khau")
    String changePassword(
            @ModelAttribute("form") ChangePasswordForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        } else {
            try {
                users.changeOwnPassword(form.currentPassword(), form.newPassword());
                // every other session signed in with the old password ends; this one goes on
                StaffSessionCheck.renew(request, response, accounts);
                redirect.addFlashAttribute("notice", "notice.passwordChanged");
                return "redirect:/quan-tri";
            } catch (AccountException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return "admin/users/password";
    }

    @GetMapping("/quan-tri/nhat-ky")
    String auditLog(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("events", Paging.requireExisting(users.auditLog(page, AUDIT_PAGE_SIZE)));
        return "admin/users/audit";
    }
}

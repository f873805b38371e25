package vn.htx.portal.users.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Retries;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.users.AccountException;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.StaffMember;
import vn.htx.portal.users.UsersApi;

/** Accounts, for administrators: create, change role, disable, reset a password. */
@Controller
@RequestMapping("/quan-tri/nguoi-dung")
class AdminUserController {

    record NewAccountForm(
            @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}")
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String displayName,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
            String email,

            @NotNull(message = "{validation.required}") Role role,
            String password) {}

    record AccountForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String displayName,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
            String email,

            @NotNull(message = "{validation.required}") Role role,
            Boolean enabled,
            Long version) {
        /** An unticked checkbox sends nothing: absent means false. */
        AccountForm {
            enabled = enabled != null && enabled;
        }

        AccountForm basedOn(long currentVersion) {
            return new AccountForm(displayName, email, role, enabled, currentVersion);
        }
    }

    record PasswordResetForm(String password) {}

    private final UsersApi users;

    AdminUserController(UsersApi users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "admin/users/list";
    }

    @GetMapping("/moi")
    String newForm(Model model) {
        model.addAttribute("form", new NewAccountForm("", "", "", Role.AUTHOR, ""));
        model.addAttribute("roles", Role.values());
        return "admin/users/new";
    }

    @PostMapping("/moi")
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                StaffMember created = Retries.onUniqueRace(() ->
                        users.create(form.username(), form.displayName(), form.email(), form.role(), form.password()));
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/nguoi-dung/" + created.id();
            } catch (AccountException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("roles", Role.values());
        return "admin/users/new";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffMember user = users.byId(id).orElseThrow(() -> new NotFoundException("user " + id));
        model.addAttribute("user", user);
        model.addAttribute(
                "form", new AccountForm(user.displayName(), user.email(), user.role(), user.enabled(), user.version()));
        model.addAttribute("passwordForm", new PasswordResetForm(""));
        model.addAttribute("roles", Role.values());
        return "admin/users/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember user = users.byId(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (!errors.hasErrors()) {
            try {
                users.update(id, form.displayName(), form.email(), form.role(), form.enabled(), form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/nguoi-dung/" + id;
            } catch (AccountException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                StaffMember newer = users.byId(id).orElseThrow(() -> new NotFoundException("user " + id));
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
                user = newer;
            }
        }
        model.addAttribute("user", user);
        model.addAttribute("passwordForm", new PasswordResetForm(""));
        model.addAttribute("roles", Role.values());
        return "admin/users/edit";
    }

    @PostMapping("/{id}/mat-khau")
    String resetPassword(
            @PathVariable long id,
            @ModelAttribute("passwordForm") PasswordResetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember user = users.byId(id).orElseThrow(() -> new NotFoundException("user " + id));
        try {
            users.resetPassword(id, form.password());
            redirect.addFlashAttribute("notice", "notice.passwordReset");
            return "redirect:/quan-tri/nguoi-dung/" + id;
        } catch (AccountException e) {
            errors.rejectValue(e.field(), e.messageKey());
        }
        model.addAttribute("user", user);
        model.addAttribute(
                "form", new AccountForm(user.displayName(), user.email(), user.role(), user.enabled(), user.version()));
        model.addAttribute("roles", Role.values());
        return "admin/users/edit";
    }
}

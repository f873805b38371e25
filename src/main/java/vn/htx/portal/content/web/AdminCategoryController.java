package vn.htx.portal.content.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
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
import vn.htx.portal.content.domain.CategoryManager;
import vn.htx.portal.content.domain.CategoryView;
import vn.htx.portal.content.domain.WorkflowException;
import vn.htx.portal.shared.Retries;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

@Controller
@RequestMapping("/quan-tri/chuyen-muc")
class AdminCategoryController {

    record CategoryForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String name,

            @Size(max = 120, message = "{validation.tooLong}")
            String slug,

            @Size(max = 2000, message = "{validation.tooLong}")
            String description,

            @Min(value = 0, message = "{validation.range}") @Max(value = 9999, message = "{validation.range}")
            int sortOrder,

            Boolean showInMenu,
            List<String> members,
            Long version) {
        /** An unticked checkbox sends nothing: absent means false. */
        CategoryForm {
            showInMenu = showInMenu != null && showInMenu;
        }

        CategoryForm basedOn(long currentVersion) {
            return new CategoryForm(name, slug, description, sortOrder, showInMenu, members, currentVersion);
        }
    }

    private final CategoryManager categories;
    private final UsersApi users;

    AdminCategoryController(CategoryManager categories, UsersApi users) {
        this.categories = categories;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", categories.all());
        return "admin/categories/list";
    }

    @GetMapping("/moi")
    String newForm(Model model) {
        model.addAttribute("form", new CategoryForm("", "", "", 100, true, List.of(), null));
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CategoryView c = categories.get(id);
        model.addAttribute(
                "form",
                new CategoryForm(
                        c.name(),
                        c.slug(),
                        c.description(),
                        c.sortOrder(),
                        c.showInMenu(),
                        categories.membersOf(id),
                        c.version()));
        return form(model, id);
    }

    @PostMapping({"/moi", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CategoryManager.CategoryDraft draft = new CategoryManager.CategoryDraft(
                        form.name(),
                        form.slug(),
                        form.description(),
                        form.sortOrder(),
                        form.showInMenu(),
                        form.members());
                long saved = Retries.onUniqueRace(() -> categories.save(id, draft, form.version()));
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/chuyen-muc/" + saved;
            } catch (WorkflowException e) {
                errors.rejectValue("slug", e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                CategoryView newer = categories.get(id);
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("categoryId", id);
        model.addAttribute(
                "staff",
                users.all().stream().filter(u -> u.role() != Role.ADMIN).toList());
        return "admin/categories/edit";
    }
}

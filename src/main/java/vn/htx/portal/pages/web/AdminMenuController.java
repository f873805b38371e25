package vn.htx.portal.pages.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.pages.MenuKind;
import vn.htx.portal.pages.MenuManager;
import vn.htx.portal.pages.MenuTarget;
import vn.htx.portal.pages.PageManager;
import vn.htx.portal.pages.SiteStructureException;
import vn.htx.portal.shared.web.StaleEdits;

/** The main and the footer menu: add, edit, move up and down (or drag), hide and remove items. */
@Controller
@RequestMapping("/quan-tri/menu")
class AdminMenuController {

    record MenuItemForm(
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}")
            String label,

            @NotNull(message = "{validation.required}") MenuTarget target,
            Long categoryId,
            Long pageId,

            @Size(max = 500, message = "{validation.tooLong}")
            String address,

            Long parentId,
            Boolean visible,
            Long version) {
        /** An unticked checkbox sends nothing: absent means false. */
        MenuItemForm {
            visible = visible != null && visible;
        }

        MenuItemForm basedOn(long currentVersion) {
            return new MenuItemForm(label, target, categoryId, pageId, address, parentId, visible, currentVersion);
        }
    }

    private final MenuManager menus;
    private final PageManager pages;
    private final ContentApi content;

    AdminMenuController(MenuManager menus, PageManager pages, ContentApi content) {
        this.menus = menus;
        this.pages = pages;
        this.content = content;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "MAIN") MenuKind menu, Model model) {
        model.addAttribute("menu", menu);
        model.addAttribute("menus", MenuKind.values());
        model.addAttribute("rows", menus.rows(menu));
        return "admin/menus/list";
    }

    @GetMapping("/moi")
    String newForm(@RequestParam(defaultValue = "MAIN") MenuKind menu, Model model) {
        model.addAttribute("form", new MenuItemForm("", MenuTarget.PAGE, null, null, "", null, true, null));
        return form(model, menu, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        MenuManager.Editable item = menus.get(id);
        model.addAttribute(
                "form",
                new MenuItemForm(
                        item.label(),
                        item.target(),
                        item.categoryId(),
                        item.pageId(),
                        item.address(),
                        item.parentId(),
                        item.visible(),
                        item.version()));
        return form(model, item.menu(), item);
    }

    @PostMapping({"/moi", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @RequestParam(defaultValue = "MAIN") MenuKind menu,
            @Valid @ModelAttribute("form") MenuItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MenuManager.Editable existing = id == null ? null : menus.get(id);
        MenuKind kind = existing == null ? menu : existing.menu();
        if (!errors.hasErrors()) {
            try {
                menus.save(
                        id,
                        kind,
                        new MenuManager.ItemDraft(
                                form.label(),
                                form.target(),
                                form.categoryId(),
                                form.pageId(),
                                form.address(),
                                form.parentId(),
                                form.visible()),
                        form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/menu?menu=" + kind;
            } catch (SiteStructureException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                MenuManager.Editable newer = menus.get(id);
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return form(model, kind, existing);
    }

    @PostMapping("/{id}/di-chuyen")
    String move(
            @PathVariable long id,
            @RequestParam int direction,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        MenuKind kind = menus.get(id).menu();
        try {
            menus.move(id, direction, version);
        } catch (OptimisticLockingFailureException e) {
            stale(redirect);
        }
        return "redirect:/quan-tri/menu?menu=" + kind + "#muc-" + id;
    }

    @PostMapping("/{id}/hien-thi")
    String show(
            @PathVariable long id,
            @RequestParam boolean visible,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        MenuKind kind = menus.get(id).menu();
        try {
            menus.show(id, visible, version);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (OptimisticLockingFailureException e) {
            stale(redirect);
        }
        return "redirect:/quan-tri/menu?menu=" + kind + "#muc-" + id;
    }

    @PostMapping("/{id}/xoa")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        MenuKind kind = menus.get(id).menu();
        menus.delete(id);
        redirect.addFlashAttribute("notice", "menu.notice.deleted");
        return "redirect:/quan-tri/menu?menu=" + kind;
    }

    /** The order left by dragging (menu-editor.js): the ids of one list, top to bottom. */
    @PostMapping("/sap-xep")
    ResponseEntity<Void> reorder(
            @RequestParam MenuKind menu, @RequestParam(required = false) Long parentId, @RequestParam List<Long> ids) {
        try {
            menus.reorder(menu, parentId, ids);
            return ResponseEntity.noContent().build();
        } catch (OptimisticLockingFailureException e) {
            return ResponseEntity.status(409).build();
        }
    }

    private static void stale(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "menu.stale");
        redirect.addFlashAttribute("problemArgs", List.of());
    }

    private String form(Model model, MenuKind menu, MenuManager.Editable item) {
        model.addAttribute("menu", menu);
        model.addAttribute("item", item);
        model.addAttribute("targets", MenuTarget.values());
        model.addAttribute("categories", content.allCategories());
        model.addAttribute("pages", pages.tree());
        model.addAttribute("parents", menus.possibleParents(menu, item == null ? null : item.id()));
        return "admin/menus/edit";
    }
}

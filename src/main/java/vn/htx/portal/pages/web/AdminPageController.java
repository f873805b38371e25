package vn.htx.portal.pages.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.pages.PageBlock;
import vn.htx.portal.pages.PageManager;
import vn.htx.portal.pages.PublicPage;
import vn.htx.portal.pages.SiteStructureException;
import vn.htx.portal.shared.Retries;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.users.UsersApi;

/** The page tree, the page editor (same editor and allow-list as articles), revisions and preview. */
@Controller
@RequestMapping("/quan-tri/trang")
class AdminPageController {

    record PageForm(
            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
            String title,

            @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{article.slug.invalid}")
            @Size(max = 120, message = "{validation.tooLong}")
            String slug,

            Long parentId,

            @Size(max = 500, message = "{validation.tooLong}")
            String summary,

            @NotBlank(message = "{validation.required}") @Size(max = 500_000, message = "{validation.tooLong}")
            String body,

            @NotNull(message = "{validation.required}") PageBlock block,

            @Min(value = 0, message = "{validation.range}") @Max(value = 9999, message = "{validation.range}")
            int sortOrder,

            Long version) {

        PageForm basedOn(long currentVersion) {
            return new PageForm(title, slug, parentId, summary, body, block, sortOrder, currentVersion);
        }
    }

    private final PageManager pages;
    private final UsersApi users;
    private final PublicUrls urls;

    AdminPageController(PageManager pages, UsersApi users, PublicUrls urls) {
        this.pages = pages;
        this.users = users;
        this.urls = urls;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pages", pages.tree());
        return "admin/pages/list";
    }

    @GetMapping("/moi")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("form", new PageForm("", "", parentId, "", "", PageBlock.NONE, 100, null));
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PageManager.Editable p = pages.get(id);
        model.addAttribute(
                "form",
                new PageForm(
                        p.title(),
                        p.slug(),
                        p.parentId(),
                        p.summary(),
                        p.body(),
                        p.block(),
                        p.sortOrder(),
                        p.version()));
        return form(model, p);
    }

    @PostMapping({"/moi", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        PageManager.Editable existing = id == null ? null : pages.get(id);
        if (!errors.hasErrors()) {
            boolean publish = switch (action) {
                case "publish" -> true;
                case "unpublish" -> false;
                default -> existing != null && existing.published();
            };
            String by = users.requireCurrent().username();
            try {
                long saved = Retries.onUniqueRace(() -> pages.save(
                        id,
                        new PageManager.Draft(
                                form.title(),
                                form.slug(),
                                form.parentId(),
                                form.summary(),
                                form.body(),
                                form.block(),
                                form.sortOrder()),
                        publish,
                        form.version(),
                        by));
                redirect.addFlashAttribute("notice", publish ? "pages.notice.published" : "notice.saved");
                return "redirect:/quan-tri/trang/" + saved;
            } catch (SiteStructureException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                PageManager.Editable newer = pages.get(id);
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return form(model, existing);
    }

    @GetMapping("/{id}/xem-truoc")
    String preview(@PathVariable long id, Model model, HttpServletRequest request) {
        PublicPage page = pages.preview(id);
        model.addAttribute("page", page);
        model.addAttribute("canonicalUrl", urls.absolute(request, page.href()));
        model.addAttribute("preview", true);
        return "pages/page";
    }

    @GetMapping("/{id}/phien-ban/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, Model model) {
        model.addAttribute("page", pages.get(id));
        model.addAttribute("revision", pages.revision(id, revision));
        return "admin/pages/revision";
    }

    @PostMapping("/{id}/phien-ban/{revision}/khoi-phuc")
    String restore(
            @PathVariable long id,
            @PathVariable int revision,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            pages.restore(id, revision, version, users.requireCurrent().username());
            redirect.addFlashAttribute("notice", "pages.notice.restored");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "edit.stale");
            redirect.addFlashAttribute("problemArgs", List.of());
        }
        return "redirect:/quan-tri/trang/" + id;
    }

    private String form(Model model, PageManager.Editable page) {
        model.addAttribute("page", page);
        model.addAttribute("blocks", PageBlock.values());
        model.addAttribute(
                "parents",
                pages.tree().stream()
                        .filter(line -> page == null
                                || (line.id() != page.id() && !line.path().startsWith(page.path() + "/")))
                        .toList());
        if (page != null) {
            model.addAttribute("revisions", pages.revisions(page.id()));
        }
        return "admin/pages/edit";
    }
}

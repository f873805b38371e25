package vn.htx.portal.announcements.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.htx.portal.announcements.AnnouncementManager;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Retries;
import vn.htx.portal.shared.web.StaleEdits;

@Controller
@RequestMapping("/quan-tri/thong-bao")
class AdminAnnouncementController {

    record AnnouncementForm(
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}")
            String title,

            @NotBlank(message = "{validation.required}") @Size(max = 200_000, message = "{validation.tooLong}")
            String body,

            Boolean pinned,
            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate showUntil,
            Boolean published,
            Long version) {
        /** An unticked checkbox sends nothing: absent means false. */
        AnnouncementForm {
            pinned = pinned != null && pinned;
            published = published != null && published;
        }

        AnnouncementForm basedOn(long currentVersion) {
            return new AnnouncementForm(title, body, pinned, showUntil, published, currentVersion);
        }
    }

    private final AnnouncementManager announcements;

    AdminAnnouncementController(AnnouncementManager announcements) {
        this.announcements = announcements;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("announcements", Paging.requireExisting(announcements.list(page, 20)));
        return "admin/announcements/list";
    }

    @GetMapping("/moi")
    String newForm(Model model) {
        model.addAttribute("form", new AnnouncementForm("", "", false, null, true, null));
        return "admin/announcements/edit";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AnnouncementManager.Editable a = announcements.get(id);
        model.addAttribute("announcement", a);
        model.addAttribute(
                "form",
                new AnnouncementForm(a.title(), a.body(), a.pinned(), a.showUntil(), a.published(), a.version()));
        return "admin/announcements/edit";
    }

    @PostMapping({"/moi", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") AnnouncementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            if (id != null) {
                model.addAttribute("announcement", announcements.get(id));
            }
            return "admin/announcements/edit";
        }
        AnnouncementManager.Editable saved;
        try {
            saved = Retries.onUniqueRace(() -> announcements.save(
                    id, form.title(), form.body(), form.pinned(), form.showUntil(), form.published(), form.version()));
        } catch (OptimisticLockingFailureException e) {
            AnnouncementManager.Editable newer = announcements.get(id);
            StaleEdits.show(model, form.basedOn(newer.version()), "form");
            model.addAttribute("announcement", newer);
            model.addAttribute("newer", newer);
            return "admin/announcements/edit";
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/quan-tri/thong-bao/" + saved.id();
    }
}

package vn.htx.portal.site.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.shared.ImageAddress;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.site.BannerPlacement;
import vn.htx.portal.site.DecorManager;
import vn.htx.portal.users.UsersApi;

/** The header banner, the home page's campaign banners and the links to other agencies' sites. */
@Controller
@RequestMapping("/quan-tri/banner")
class AdminDecorController {

    record BannerForm(
            @NotNull(message = "{validation.required}") BannerPlacement placement,

            @Size(max = 500, message = "{validation.tooLong}") @ImageAddress
            String imageUrl,

            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
            String altText,

            @Size(max = 500, message = "{validation.tooLong}")
            String linkUrl,

            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate showFrom,
            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate showUntil,

            @Min(value = 0, message = "{validation.range}") @Max(value = 9999, message = "{validation.range}")
            int sortOrder,

            Long version) {

        BannerForm with(String image, Long basedOn) {
            return new BannerForm(placement, image, altText, linkUrl, showFrom, showUntil, sortOrder, basedOn);
        }

        DecorManager.BannerDraft draft() {
            return new DecorManager.BannerDraft(placement, imageUrl, altText, linkUrl, showFrom, showUntil, sortOrder);
        }
    }

    record LinkForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String name,

            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}")
            String url,

            @Size(max = 500, message = "{validation.tooLong}") @ImageAddress
            String logoUrl,

            @Min(value = 0, message = "{validation.range}") @Max(value = 9999, message = "{validation.range}")
            int sortOrder,

            Long version) {

        LinkForm with(String logo, Long basedOn) {
            return new LinkForm(name, url, logo, sortOrder, basedOn);
        }
    }

    private final DecorManager decor;
    private final MediaApi media;
    private final UsersApi users;

    AdminDecorController(DecorManager decor, MediaApi media, UsersApi users) {
        this.decor = decor;
        this.media = media;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("banners", decor.banners());
        model.addAttribute("links", decor.links());
        return "admin/decor/list";
    }

    @GetMapping("/moi")
    String newBanner(Model model) {
        model.addAttribute("form", new BannerForm(BannerPlacement.HOME, "", "", "", null, null, 100, null));
        return bannerForm(model, null);
    }

    @GetMapping("/{id}")
    String editBanner(@PathVariable long id, Model model) {
        DecorManager.EditableBanner b = decor.banner(id);
        DecorManager.BannerDraft d = b.draft();
        model.addAttribute(
                "form",
                new BannerForm(
                        d.placement(),
                        d.imageUrl(),
                        d.altText(),
                        d.linkUrl(),
                        d.showFrom(),
                        d.showUntil(),
                        d.sortOrder(),
                        b.version()));
        return bannerForm(model, id);
    }

    @PostMapping({"/moi", "/{id}"})
    String saveBanner(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") BannerForm form,
            BindingResult errors,
            @RequestParam(name = "imageFile", required = false) MultipartFile imageFile,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                decor.checkBanner(form.draft());
            } catch (DecorManager.DecorException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        // the form object is replaced only once nothing more can be refused: the errors belong to it
        String uploaded = errors.hasErrors()
                ? null
                : media.storeUploadFor(imageFile, users.requireCurrent().username(), errors, "imageUrl");
        if (uploaded != null) {
            form = form.with(uploaded, form.version());
            model.addAttribute("form", form);
        }
        if (!errors.hasErrors()) {
            try {
                decor.saveBanner(id, form.draft(), form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/banner";
            } catch (DecorManager.DecorException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                DecorManager.EditableBanner newer = decor.banner(id);
                StaleEdits.show(model, form.with(form.imageUrl(), newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return bannerForm(model, id);
    }

    @PostMapping("/{id}/xoa")
    String deleteBanner(@PathVariable long id, RedirectAttributes redirect) {
        decor.deleteBanner(id);
        redirect.addFlashAttribute("notice", "organisation.notice.deleted");
        return "redirect:/quan-tri/banner";
    }

    @GetMapping("/lien-ket/moi")
    String newLink(Model model) {
        model.addAttribute("form", new LinkForm("", "https://", "", 100, null));
        return linkForm(model, null);
    }

    @GetMapping("/lien-ket/{id}")
    String editLink(@PathVariable long id, Model model) {
        DecorManager.EditableLink l = decor.link(id);
        DecorManager.LinkDraft d = l.draft();
        model.addAttribute("form", new LinkForm(d.name(), d.url(), d.logoUrl(), d.sortOrder(), l.version()));
        return linkForm(model, id);
    }

    @PostMapping({"/lien-ket/moi", "/lien-ket/{id}"})
    String saveLink(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") LinkForm form,
            BindingResult errors,
            @RequestParam(name = "logoFile", required = false) MultipartFile logoFile,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                DecorManager.address(form.url().strip(), "url");
            } catch (DecorManager.DecorException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        String uploaded = errors.hasErrors()
                ? null
                : media.storeUploadFor(logoFile, users.requireCurrent().username(), errors, "logoUrl");
        if (uploaded != null) {
            form = form.with(uploaded, form.version());
            model.addAttribute("form", form);
        }
        if (!errors.hasErrors()) {
            try {
                decor.saveLink(
                        id,
                        new DecorManager.LinkDraft(form.name(), form.url(), form.logoUrl(), form.sortOrder()),
                        form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/banner";
            } catch (DecorManager.DecorException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                DecorManager.EditableLink newer = decor.link(id);
                StaleEdits.show(model, form.with(form.logoUrl(), newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return linkForm(model, id);
    }

    @PostMapping("/lien-ket/{id}/xoa")
    String deleteLink(@PathVariable long id, RedirectAttributes redirect) {
        decor.deleteLink(id);
        redirect.addFlashAttribute("notice", "organisation.notice.deleted");
        return "redirect:/quan-tri/banner";
    }

    private String bannerForm(Model model, Long id) {
        model.addAttribute("bannerId", id);
        model.addAttribute("placements", BannerPlacement.values());
        model.addAttribute("maxImageMb", media.maxImageBytes() / (1024 * 1024));
        return "admin/decor/banner";
    }

    private String linkForm(Model model, Long id) {
        model.addAttribute("linkId", id);
        model.addAttribute("maxImageMb", media.maxImageBytes() / (1024 * 1024));
        return "admin/decor/link";
    }
}

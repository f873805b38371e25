package vn.htx.portal.site.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.media.MediaRejectedException;
import vn.htx.portal.shared.ImageAddress;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.site.LayoutService;
import vn.htx.portal.site.SiteSettings;
import vn.htx.portal.site.SiteSettingsManager;
import vn.htx.portal.users.UsersApi;

@Controller
@RequestMapping("/quan-tri/cai-dat")
class AdminSettingsController {

    record SettingsForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String siteName,

            @Size(max = 300, message = "{validation.tooLong}")
            String tagline,

            @Size(max = 500, message = "{validation.tooLong}")
            String address,

            @Size(max = 100, message = "{validation.tooLong}")
            String phone,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
            String email,

            @Size(max = 200, message = "{validation.tooLong}")
            String website,

            @Size(max = 2000, message = "{validation.tooLong}")
            String footerText,

            @Size(max = 500, message = "{validation.tooLong}") @ImageAddress
            String logoUrl,

            Long version) {
        SettingsForm withLogo(String logo) {
            return new SettingsForm(siteName, tagline, address, phone, email, website, footerText, logo, version);
        }

        /** What is saved; a form without a version (an old page) counts as based on none. */
        SiteSettings toSettings() {
            return new SiteSettings(
                    siteName,
                    tagline,
                    address,
                    phone,
                    email,
                    website,
                    footerText,
                    logoUrl,
                    version == null ? -1 : version);
        }

        SettingsForm basedOn(long currentVersion) {
            return new SettingsForm(
                    siteName, tagline, address, phone, email, website, footerText, logoUrl, currentVersion);
        }
    }

    private final LayoutService layouts;
    private final SiteSettingsManager manager;
    private final MediaApi media;
    private final UsersApi users;

    AdminSettingsController(LayoutService layouts, SiteSettingsManager manager, MediaApi media, UsersApi users) {
        this.layouts = layouts;
        this.manager = manager;
        this.media = media;
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        SiteSettings s = layouts.settings();
        model.addAttribute(
                "form",
                new SettingsForm(
                        s.siteName(),
                        s.tagline(),
                        s.address(),
                        s.phone(),
                        s.email(),
                        s.website(),
                        s.footerText(),
                        s.logoUrl(),
                        s.version()));
        return "admin/settings";
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            @RequestParam(name = "logoFile", required = false) MultipartFile logoFile,
            Model model,
            RedirectAttributes redirect) {
        String logoUrl = form.logoUrl();
        if (logoFile != null && !logoFile.isEmpty()) {
            try {
                logoUrl = media.storeUpload(logoFile, users.requireCurrent().username())
                        .url();
                form = form.withLogo(logoUrl);
                model.addAttribute("form", form);
            } catch (MediaRejectedException e) {
                errors.rejectValue("logoUrl", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        if (errors.hasErrors()) {
            return "admin/settings";
        }
        try {
            manager.save(form.withLogo(logoUrl).toSettings());
        } catch (OptimisticLockingFailureException e) {
            SiteSettings newer = layouts.settings();
            StaleEdits.show(model, form.basedOn(newer.version()), "form");
            model.addAttribute("newer", newer);
            return "admin/settings";
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/quan-tri/cai-dat";
    }
}

package vn.htx.portal.pages.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.pages.OrganisationManager;
import vn.htx.portal.pages.SiteStructureException;
import vn.htx.portal.pages.UnitKind;
import vn.htx.portal.shared.ImageAddress;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.users.UsersApi;

/** The organisation's units and people, shown on the organisation chart, leaders and contact pages. */
@Controller
@RequestMapping("/quan-tri/to-chuc")
class AdminOrganisationController {

    record UnitForm(
            Long parentId,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String name,

            @NotNull(message = "{validation.required}") UnitKind kind,

            @Size(max = 20_000, message = "{validation.tooLong}")
            String functions,

            @Size(max = 300, message = "{validation.tooLong}")
            String address,

            @Size(max = 60, message = "{validation.tooLong}")
            String phone,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
            String email,

            @Min(value = 0, message = "{validation.range}") @Max(value = 9999, message = "{validation.range}")
            int sortOrder,

            Long version) {

        OrganisationManager.UnitDraft draft() {
            return new OrganisationManager.UnitDraft(parentId, name, kind, functions, address, phone, email, sortOrder);
        }

        UnitForm basedOn(long currentVersion) {
            return new UnitForm(parentId, name, kind, functions, address, phone, email, sortOrder, currentVersion);
        }
    }

    record PersonForm(
            @NotNull(message = "{validation.required}") Long unitId,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String fullName,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String position,

            @Size(max = 500, message = "{validation.tooLong}") @ImageAddress
            String photoUrl,

            @Size(max = 20_000, message = "{validation.tooLong}")
            String biography,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
            String email,

            @Size(max = 60, message = "{validation.tooLong}")
            String phone,

            Boolean leader,

            @Min(value = 0, message = "{validation.range}") @Max(value = 9999, message = "{validation.range}")
            int sortOrder,

            Long version) {
        /** An unticked checkbox sends nothing: absent means false. */
        PersonForm {
            leader = leader != null && leader;
        }

        PersonForm withPhoto(String url, Long basedOn) {
            return new PersonForm(unitId, fullName, position, url, biography, email, phone, leader, sortOrder, basedOn);
        }

        OrganisationManager.PersonDraft draft() {
            return new OrganisationManager.PersonDraft(
                    unitId, fullName, position, photoUrl, biography, email, phone, leader, sortOrder);
        }
    }

    private final OrganisationManager organisation;
    private final MediaApi media;
    private final UsersApi users;

    AdminOrganisationController(OrganisationManager organisation, MediaApi media, UsersApi users) {
        this.organisation = organisation;
        this.media = media;
        this.users = users;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("units", organisation.units());
        model.addAttribute("people", organisation.people());
        return "admin/organisation/list";
    }

    @GetMapping("/don-vi/moi")
    String newUnit(Model model) {
        model.addAttribute("form", new UnitForm(null, "", UnitKind.BOARD, "", "", "", "", 100, null));
        return unitForm(model, null);
    }

    @GetMapping("/don-vi/{id}")
    String editUnit(@PathVariable long id, Model model) {
        OrganisationManager.EditableUnit u = organisation.unit(id);
        OrganisationManager.UnitDraft d = u.draft();
        model.addAttribute(
                "form",
                new UnitForm(
                        d.parentId(),
                        d.name(),
                        d.kind(),
                        d.functions(),
                        d.address(),
                        d.phone(),
                        d.email(),
                        d.sortOrder(),
                        u.version()));
        return unitForm(model, id);
    }

    @PostMapping({"/don-vi/moi", "/don-vi/{id}"})
    String saveUnit(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organisation.saveUnit(id, form.draft(), form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/to-chuc";
            } catch (SiteStructureException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                OrganisationManager.EditableUnit newer = organisation.unit(id);
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return unitForm(model, id);
    }

    @PostMapping("/don-vi/{id}/xoa")
    String deleteUnit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            organisation.deleteUnit(id);
            redirect.addFlashAttribute("notice", "organisation.notice.deleted");
        } catch (SiteStructureException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", List.of());
        }
        return "redirect:/quan-tri/to-chuc";
    }

    @GetMapping("/nguoi/moi")
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm(null, "", "", "", "", "", "", false, 100, null));
        return personForm(model, null);
    }

    @GetMapping("/nguoi/{id}")
    String editPerson(@PathVariable long id, Model model) {
        OrganisationManager.EditablePerson p = organisation.person(id);
        OrganisationManager.PersonDraft d = p.draft();
        model.addAttribute(
                "form",
                new PersonForm(
                        d.unitId(),
                        d.fullName(),
                        d.position(),
                        d.photoUrl(),
                        d.biography(),
                        d.email(),
                        d.phone(),
                        d.leader(),
                        d.sortOrder(),
                        p.version()));
        return personForm(model, id);
    }

    @PostMapping({"/nguoi/moi", "/nguoi/{id}"})
    String savePerson(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            @RequestParam(name = "photoFile", required = false) MultipartFile photoFile,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organisation.checkPerson(form.draft());
            } catch (SiteStructureException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        // the form object is replaced only once nothing more can be refused: the errors belong to it
        String photo = errors.hasErrors()
                ? null
                : media.storeUploadFor(photoFile, users.requireCurrent().username(), errors, "photoUrl");
        if (photo != null) {
            form = form.withPhoto(photo, form.version());
            model.addAttribute("form", form);
        }
        if (!errors.hasErrors()) {
            try {
                organisation.savePerson(id, form.draft(), form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/to-chuc";
            } catch (SiteStructureException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                OrganisationManager.EditablePerson newer = organisation.person(id);
                StaleEdits.show(model, form.withPhoto(form.photoUrl(), newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return personForm(model, id);
    }

    @PostMapping("/nguoi/{id}/xoa")
    String deletePerson(@PathVariable long id, RedirectAttributes redirect) {
        organisation.deletePerson(id);
        redirect.addFlashAttribute("notice", "organisation.notice.deleted");
        return "redirect:/quan-tri/to-chuc";
    }

    private String unitForm(Model model, Long id) {
        model.addAttribute("unitId", id);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute(
                "parents",
                organisation.units().stream()
                        .filter(u -> id == null || u.id() != id)
                        .toList());
        return "admin/organisation/unit";
    }

    private String personForm(Model model, Long id) {
        model.addAttribute("personId", id);
        model.addAttribute("units", organisation.units());
        model.addAttribute("maxImageMb", media.maxImageBytes() / (1024 * 1024));
        return "admin/organisation/person";
    }
}

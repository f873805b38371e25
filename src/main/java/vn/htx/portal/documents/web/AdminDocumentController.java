package vn.htx.portal.documents.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
import vn.htx.portal.documents.DocumentException;
import vn.htx.portal.documents.DocumentManager;
import vn.htx.portal.documents.domain.TermKind;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Retries;
import vn.htx.portal.shared.web.StaleEdits;

@Controller
@RequestMapping("/quan-tri/van-ban")
class AdminDocumentController {

    record DocumentForm(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
            String number,

            @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}")
            String summary,

            @Size(max = 500, message = "{validation.tooLong}")
            String title,

            @Size(max = 1_000_000, message = "{validation.tooLong}")
            String fullText,

            @NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "yyyy-MM-dd")
            LocalDate issueDate,

            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate effectiveDate,
            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate expiryDate,
            Long typeId,
            Long issuerId,
            Long signerId,
            List<Long> fieldIds,

            @Size(max = 5000, message = "{validation.tooLong}")
            String replaces,

            @Size(max = 5000, message = "{validation.tooLong}")
            String amends,

            @Size(max = 5000, message = "{validation.tooLong}")
            String related,

            Long version) {

        DocumentForm basedOn(long currentVersion) {
            return new DocumentForm(
                    number,
                    summary,
                    title,
                    fullText,
                    issueDate,
                    effectiveDate,
                    expiryDate,
                    typeId,
                    issuerId,
                    signerId,
                    fieldIds,
                    replaces,
                    amends,
                    related,
                    currentVersion);
        }

        static DocumentForm of(DocumentManager.Editable d) {
            return new DocumentForm(
                    d.number(),
                    d.summary(),
                    d.title(),
                    d.fullText(),
                    d.issueDate(),
                    d.effectiveDate(),
                    d.expiryDate(),
                    d.typeId(),
                    d.issuerId(),
                    d.signerId(),
                    d.fieldIds(),
                    d.replaces(),
                    d.amends(),
                    d.related(),
                    d.version());
        }
    }

    private final DocumentManager manager;

    AdminDocumentController(DocumentManager manager) {
        this.manager = manager;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("documents", Paging.requireExisting(manager.list(page, 20)));
        return "admin/documents/list";
    }

    @GetMapping("/moi")
    String newForm(Model model) {
        model.addAttribute(
                "form",
                new DocumentForm("", "", "", "", null, null, null, null, null, null, List.of(), "", "", "", null));
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        DocumentManager.Editable document = manager.get(id);
        model.addAttribute("form", DocumentForm.of(document));
        return form(model, document);
    }

    @PostMapping({"/moi", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                DocumentManager.Draft draft = new DocumentManager.Draft(
                        form.number(),
                        form.summary(),
                        form.title(),
                        form.fullText(),
                        form.issueDate(),
                        form.effectiveDate(),
                        form.expiryDate(),
                        form.typeId(),
                        form.issuerId(),
                        form.signerId(),
                        form.fieldIds(),
                        form.replaces(),
                        form.amends(),
                        form.related());
                DocumentManager.Editable saved = Retries.onUniqueRace(() -> manager.save(id, draft, form.version()));
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/van-ban/" + saved.id();
            } catch (DocumentException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                DocumentManager.Editable newer = manager.get(id);
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
                return form(model, newer);
            }
        }
        return form(model, id == null ? null : manager.get(id));
    }

    @PostMapping("/{id}/tep")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file.isEmpty()) {
                throw new DocumentException("file", "documents.file.empty");
            }
            try (var content = file.getInputStream()) {
                manager.attach(id, file.getOriginalFilename(), content);
            }
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (DocumentException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        }
        return "redirect:/quan-tri/van-ban/" + id;
    }

    @PostMapping("/{id}/tep/{attachmentId}/xoa")
    String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        manager.removeAttachment(id, attachmentId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/quan-tri/van-ban/" + id;
    }

    @PostMapping("/{id}/cong-bo")
    String publish(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean published,
            RedirectAttributes redirect) {
        manager.publish(id, published);
        redirect.addFlashAttribute("notice", published ? "notice.published" : "notice.unpublished");
        return "redirect:/quan-tri/van-ban/" + id;
    }

    @GetMapping("/danh-muc")
    String terms(Model model) {
        model.addAttribute("terms", manager.terms());
        model.addAttribute("kinds", TermKind.values());
        return "admin/documents/terms";
    }

    @PostMapping("/danh-muc")
    String saveTerm(
            @RequestParam(required = false) Long id,
            @RequestParam TermKind kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "100") int sortOrder,
            RedirectAttributes redirect) {
        try {
            manager.saveTerm(id, kind, name, sortOrder);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (DocumentException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/quan-tri/van-ban/danh-muc";
    }

    private String form(Model model, DocumentManager.Editable document) {
        model.addAttribute("document", document);
        List<DocumentManager.TermRow> terms = manager.terms();
        for (TermKind kind : TermKind.values()) {
            model.addAttribute(
                    "terms" + kind.name(),
                    terms.stream().filter(t -> t.kind() == kind).toList());
        }
        return "admin/documents/edit";
    }
}

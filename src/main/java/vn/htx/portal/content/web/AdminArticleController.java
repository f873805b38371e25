package vn.htx.portal.content.web;

import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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
import vn.htx.portal.PortalProperties;
import vn.htx.portal.content.domain.ArticleEditor;
import vn.htx.portal.content.domain.ArticleStatus;
import vn.htx.portal.content.domain.ArticleWorkflow;
import vn.htx.portal.content.domain.EditableArticle;
import vn.htx.portal.content.domain.ListedArticle;
import vn.htx.portal.content.domain.WorkflowException;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Retries;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.users.StaffMember;
import vn.htx.portal.users.UsersApi;

@Controller
@RequestMapping("/quan-tri/bai-viet")
class AdminArticleController {

    static final int PAGE_SIZE = 20;

    /** A line of the article list. {@code statusKey} names the message, "scheduled" included. */
    record Row(
            long id,
            String title,
            String categoryName,
            String statusKey,
            String author,
            Instant updatedAt,
            Instant publishedAt,
            String slug) {}

    private final ArticleEditor editor;
    private final UsersApi users;
    private final MediaApi media;
    private final PortalProperties properties;

    AdminArticleController(ArticleEditor editor, UsersApi users, MediaApi media, PortalProperties properties) {
        this.editor = editor;
        this.users = users;
        this.media = media;
        this.properties = properties;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(name = "category", required = false) Long categoryId,
            @RequestParam(required = false) String author,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        StaffMember me = users.requireCurrent();
        Page<ListedArticle> found =
                editor.list(me, new ArticleEditor.Filter(status, categoryId, author), page, PAGE_SIZE);
        Set<String> authors = new HashSet<>();
        found.forEach(a -> authors.add(a.authorUsername()));
        Map<String, String> names = users.displayNames(authors);
        PageSlice<Row> rows = Paging.requireExisting(PageSlice.of(found, a -> row(a, names)));
        model.addAttribute("articles", rows);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("categories", editor.writableCategories(me));
        model.addAttribute("authors", users.all());
        model.addAttribute("filterStatus", status);
        model.addAttribute("filterCategory", categoryId);
        model.addAttribute("filterAuthor", author);
        model.addAttribute("pageBase", listUrl(status, categoryId, author));
        return "admin/articles/list";
    }

    @GetMapping("/moi")
    String newForm(Model model) {
        return form(model, users.requireCurrent(), ArticleForm.empty(), null);
    }

    @PostMapping("/moi")
    String create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(name = "imageFile", required = false) MultipartFile imageFile,
            @RequestParam(name = "action", defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        return save(null, form, errors, imageFile, action, model, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffMember me = users.requireCurrent();
        EditableArticle article = editor.view(me, id);
        ArticleForm form = new ArticleForm(
                article.title(),
                article.slug(),
                article.lead(),
                article.body(),
                article.categoryId(),
                article.authorSignature(),
                article.sourceName(),
                article.imageUrl(),
                article.imageAlt(),
                article.publishedAt() == null
                        ? null
                        : article.publishedAt().atZone(properties.timeZone()).toLocalDateTime(),
                article.featured(),
                article.version());
        return form(model, me, form, article);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(name = "imageFile", required = false) MultipartFile imageFile,
            @RequestParam(name = "action", defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        return save(id, form, errors, imageFile, action, model, redirect);
    }

    @PostMapping("/{id}/tra-lai")
    String returnToAuthor(
            @PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return transition(id, ArticleWorkflow.Action.RETURN, note, "notice.returned", redirect);
    }

    @PostMapping("/{id}/xuat-ban")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return transition(id, ArticleWorkflow.Action.PUBLISH, null, "notice.published", redirect);
    }

    @PostMapping("/{id}/go-bai")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        return transition(id, ArticleWorkflow.Action.UNPUBLISH, null, "notice.unpublished", redirect);
    }

    @GetMapping("/{id}/phien-ban/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, Model model) {
        StaffMember me = users.requireCurrent();
        EditableArticle article = editor.view(me, id);
        model.addAttribute("article", article);
        model.addAttribute("revision", editor.revision(me, id, revision));
        model.addAttribute("canEdit", article.canEdit());
        return "admin/articles/revision";
    }

    @PostMapping("/{id}/phien-ban/{revision}/khoi-phuc")
    String restore(@PathVariable long id, @PathVariable int revision, RedirectAttributes redirect) {
        try {
            editor.restore(users.requireCurrent(), id, revision);
            redirect.addFlashAttribute("notice", "notice.restored");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/quan-tri/bai-viet/" + id;
    }

    private String save(
            Long id,
            ArticleForm form,
            BindingResult errors,
            MultipartFile imageFile,
            String action,
            Model model,
            RedirectAttributes redirect) {
        StaffMember me = users.requireCurrent();
        EditableArticle existing = id == null ? null : editor.view(me, id);
        String uploaded = media.storeUploadFor(imageFile, me.username(), errors, "imageUrl");
        if (uploaded != null) {
            form = form.withImageUrl(uploaded);
            model.addAttribute("form", form);
        }
        if (form.imageUrl() != null
                && !form.imageUrl().isBlank()
                && (form.imageAlt() == null || form.imageAlt().isBlank())) {
            errors.rejectValue("imageAlt", "article.imageAlt.required");
        }
        if (errors.hasErrors()) {
            return form(model, me, form, existing);
        }
        ArticleEditor.Draft draft = new ArticleEditor.Draft(
                form.categoryId(),
                form.title(),
                form.slug(),
                form.lead(),
                form.body(),
                form.authorSignature(),
                form.sourceName(),
                form.imageUrl(),
                form.imageAlt(),
                form.publishAt() == null
                        ? null
                        : form.publishAt().atZone(properties.timeZone()).toInstant(),
                form.featured());
        Long basedOn = form.version();
        long saved;
        try {
            if (id == null) {
                saved = Retries.onUniqueRace(() -> editor.create(me, draft));
            } else {
                Retries.onUniqueRace(() -> {
                    editor.update(me, id, draft, basedOn);
                    return id;
                });
                saved = id;
            }
        } catch (WorkflowException e) {
            errors.reject(e.messageKey());
            return form(model, me, form, existing);
        } catch (OptimisticLockingFailureException e) {
            // somebody saved first: keep what was typed, show theirs, and let a second save be deliberate
            EditableArticle newer = editor.view(me, id);
            ArticleForm again = form.basedOn(newer.version());
            StaleEdits.show(model, again, "form");
            model.addAttribute("newer", newer);
            return form(model, me, again, newer);
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        try {
            switch (action) {
                case "submit" -> {
                    editor.transition(me, saved, ArticleWorkflow.Action.SUBMIT, null);
                    redirect.addFlashAttribute("notice", "notice.submitted");
                }
                case "publish" -> {
                    editor.transition(me, saved, ArticleWorkflow.Action.PUBLISH, null);
                    redirect.addFlashAttribute("notice", "notice.published");
                }
                default -> {}
            }
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/quan-tri/bai-viet/" + saved;
    }

    private String transition(
            long id, ArticleWorkflow.Action action, String note, String notice, RedirectAttributes redirect) {
        try {
            editor.transition(users.requireCurrent(), id, action, note);
            redirect.addFlashAttribute("notice", notice);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("returnNote", note);
        }
        return "redirect:/quan-tri/bai-viet/" + id;
    }

    private String form(Model model, StaffMember me, ArticleForm form, EditableArticle article) {
        model.addAttribute("form", form);
        model.addAttribute("categories", editor.writableCategories(me));
        model.addAttribute("article", article);
        if (article != null) {
            model.addAttribute("statusKey", statusKey(article.status(), article.scheduled()));
            model.addAttribute("canEdit", article.canEdit());
            model.addAttribute("canSubmit", article.canSubmit());
            model.addAttribute("canReturn", article.canReturn());
            model.addAttribute("canPublish", article.canPublish());
            model.addAttribute("canUnpublish", article.canUnpublish());
            model.addAttribute("history", editor.history(article));
            model.addAttribute("revisions", editor.revisions(article));
            model.addAttribute("isPublic", article.publicNow());
        } else {
            model.addAttribute("canEdit", true);
            model.addAttribute("canSubmit", true);
            model.addAttribute("canPublish", me.role().canPublish());
        }
        model.addAttribute("maxImageMb", media.maxImageBytes() / (1024 * 1024));
        return "admin/articles/edit";
    }

    private static Row row(ListedArticle a, Map<String, String> names) {
        String author = a.authorUsername() == null ? null : names.getOrDefault(a.authorUsername(), a.authorUsername());
        return new Row(
                a.id(),
                a.title(),
                a.categoryName(),
                statusKey(a.status(), a.scheduled()),
                author,
                a.updatedAt(),
                a.publishedAt(),
                a.slug());
    }

    private static String statusKey(ArticleStatus status, boolean scheduled) {
        return scheduled ? "status.SCHEDULED" : "status." + status.name();
    }

    private static String listUrl(ArticleStatus status, Long categoryId, String author) {
        StringBuilder url = new StringBuilder("/quan-tri/bai-viet?");
        if (status != null) {
            url.append("status=").append(status).append('&');
        }
        if (categoryId != null) {
            url.append("category=").append(categoryId).append('&');
        }
        if (author != null && !author.isBlank()) {
            url.append("author=")
                    .append(URLEncoder.encode(author, StandardCharsets.UTF_8))
                    .append('&');
        }
        return url.substring(0, url.length() - 1);
    }
}

package vn.htx.portal.content.domain;

import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.content.ArticleChanged;
import vn.htx.portal.content.ArticlePublished;
import vn.htx.portal.content.ArticleQueueItem;
import vn.htx.portal.content.ArticleUnpublished;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.HtmlPolicy;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.StaffMember;

/**
 * Writing and reviewing articles in the back office. Every method takes the acting staff member and
 * checks their rights itself (role, assigned categories, authorship), whatever the web layer did.
 */
@Service
@Transactional
public class ArticleEditor {

    /** What the editor form sends, already bound and validated for form rules. */
    public record Draft(
            long categoryId,
            String title,
            String slug,
            String lead,
            String body,
            String authorSignature,
            String sourceName,
            String imageUrl,
            String imageAlt,
            Instant publishAt,
            boolean featured) {}

    public record Filter(ArticleStatus status, Long categoryId, String author) {}

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final CategoryMemberRepository members;
    private final ArticleTransitionRepository transitions;
    private final ArticleRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditor(
            ArticleRepository articles,
            CategoryRepository categories,
            CategoryMemberRepository members,
            ArticleTransitionRepository transitions,
            ArticleRevisionRepository revisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.members = members;
        this.transitions = transitions;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** Categories {@code who} may write in: all for admins, the assigned ones for everybody else. */
    /** The categories {@code who} may write in: all for administrators, their own for the others. */
    @Transactional(readOnly = true)
    public List<CategoryRef> writableCategories(StaffMember who) {
        return writable(who).stream()
                .map(c -> new CategoryRef(c.getId(), c.getName(), c.getSlug()))
                .toList();
    }

    private List<Category> writable(StaffMember who) {
        List<Category> all = categories.findAllByOrderBySortOrderAscNameAsc();
        if (who.isAdmin()) {
            return all;
        }
        Set<Long> assigned = Set.copyOf(members.findCategoryIdsOf(who.username()));
        return all.stream().filter(c -> assigned.contains(c.getId())).toList();
    }

    @Transactional(readOnly = true)
    public Page<ListedArticle> list(StaffMember who, Filter filter, int page, int size) {
        Instant now = clock.instant();
        return find(who, filter, page, size)
                .map(a -> new ListedArticle(
                        a.getId(),
                        a.getTitle(),
                        a.getCategory().getName(),
                        a.getStatus(),
                        isScheduled(a, now),
                        a.getAuthorUsername(),
                        a.getUpdatedAt(),
                        a.getPublishedAt(),
                        a.getSlug()));
    }

    private static boolean isScheduled(Article a, Instant now) {
        return a.getStatus() == ArticleStatus.PUBLISHED && a.getPublishedAt().isAfter(now);
    }

    private Page<Article> find(StaffMember who, Filter filter, int page, int size) {
        Specification<Article> spec = visibleTo(who);
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.categoryId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category").get("id"), filter.categoryId()));
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("authorUsername"), filter.author()));
        }
        Specification<Article> withCategory = spec.and((root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("category", JoinType.INNER);
            }
            return null;
        });
        return articles.findAll(
                withCategory,
                ((PageRequest) Paging.request(page, size))
                        .withSort(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))));
    }

    /** An article {@code who} may open, or 404: an article one may not see does not exist for one. */
    private Article open(StaffMember who, long id) {
        return articles.findOne(visibleTo(who).and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("article " + id));
    }

    /** The article as {@code who} sees it on its edit page, with what they may do; 404 as {@link #open}. */
    @Transactional(readOnly = true)
    public EditableArticle view(StaffMember who, long id) {
        Article a = open(who, id);
        Instant now = clock.instant();
        return new EditableArticle(
                a.getId(),
                a.getTitle(),
                a.getSlug(),
                a.getLead(),
                a.getBody(),
                a.getCategory().getId(),
                a.getCategory().getName(),
                a.getAuthorSignature(),
                a.getSourceName(),
                a.getImageUrl(),
                a.getImageAlt(),
                a.getPublishedAt(),
                a.isFeatured(),
                a.getVersion(),
                a.getStatus(),
                a.getAuthorUsername(),
                a.getUpdatedAt(),
                a.slugEditable(),
                a.isPublicAt(now),
                isScheduled(a, now),
                canEdit(who, a),
                can(who, a, ArticleWorkflow.Action.SUBMIT),
                can(who, a, ArticleWorkflow.Action.RETURN),
                can(who, a, ArticleWorkflow.Action.PUBLISH),
                can(who, a, ArticleWorkflow.Action.UNPUBLISH));
    }

    private static boolean canEdit(StaffMember who, Article article) {
        return ArticleWorkflow.editableBy(
                article.getStatus(), who.role(), who.username().equals(article.getAuthorUsername()));
    }

    private static boolean can(StaffMember who, Article article, ArticleWorkflow.Action action) {
        return ArticleWorkflow.allows(article.getStatus(), action, who.role());
    }

    /** Writes a new article as a draft of {@code who}; returns its id. */
    public long create(StaffMember who, Draft draft) {
        Category category = writableCategory(who, draft.categoryId());
        Instant now = clock.instant();
        String slug = Slug.unique(Blank.or(draft.slug(), draft.title()), "bai-viet", articles::existsBySlug);
        Article article = new Article(
                category,
                draft.title().strip(),
                slug,
                Blank.toNull(draft.lead()),
                HtmlPolicy.sanitize(draft.body()),
                now);
        article.writtenBy(who.username());
        applyDetails(who, article, draft);
        articles.saveAndFlush(article);
        transitions.save(new ArticleTransition(article.getId(), null, ArticleStatus.DRAFT, who.username(), null, now));
        saveRevision(who, article);
        events.publishEvent(
                new ArticleChanged(ArticleChanged.Kind.CREATED, article.getId(), article.getTitle(), false, null));
        return article.getId();
    }

    /**
     * Saves {@code draft} over the article, which must still be at version {@code basedOn} (the one
     * the editor opened): a save based on an older version is refused with
     * {@link ConcurrentEditException}, as is the loser of two saves at the same moment.
     */
    public void update(StaffMember who, long id, Draft draft, Long basedOn) {
        Article article = open(who, id);
        if (!canEdit(who, article)) {
            throw new WorkflowException("workflow.cannotEdit");
        }
        ConcurrentEditException.requireVersion(article.getVersion(), basedOn, "article " + id);
        Category category = writableCategory(who, draft.categoryId());
        article.edit(
                category,
                draft.title().strip(),
                Blank.toNull(draft.lead()),
                HtmlPolicy.sanitize(draft.body()),
                clock.instant());
        String wantedSlug = Slug.of(Blank.or(draft.slug(), draft.title()));
        if (article.slugEditable() && !wantedSlug.isEmpty() && !wantedSlug.equals(article.getSlug())) {
            article.changeSlug(Slug.unique(wantedSlug, "bai-viet", articles::existsBySlug));
        }
        applyDetails(who, article, draft);
        articles.saveAndFlush(article);
        saveRevision(who, article);
        events.publishEvent(new ArticleChanged(
                ArticleChanged.Kind.EDITED,
                article.getId(),
                article.getTitle(),
                article.isPublicAt(clock.instant()),
                null));
    }

    /** Moves the article through the workflow; returning needs a note for the author. */
    public void transition(StaffMember who, long id, ArticleWorkflow.Action action, String note) {
        Article article = open(who, id);
        if (action == ArticleWorkflow.Action.SUBMIT
                && who.role() == Role.AUTHOR
                && !who.username().equals(article.getAuthorUsername())) {
            throw new WorkflowException("workflow.notYourArticle");
        }
        if (action == ArticleWorkflow.Action.RETURN && (note == null || note.isBlank())) {
            throw new WorkflowException("workflow.returnNeedsNote");
        }
        ArticleStatus from = article.getStatus();
        ArticleStatus to = ArticleWorkflow.next(from, action, who.role());
        Instant now = clock.instant();
        if (to == ArticleStatus.PUBLISHED) {
            Instant planned = article.getPublishedAt();
            article.publish(planned != null && planned.isAfter(now) ? planned : now);
        } else {
            article.moveTo(to, now);
        }
        articles.saveAndFlush(article);
        transitions.save(new ArticleTransition(article.getId(), from, to, who.username(), Blank.toNull(note), now));
        events.publishEvent(
                switch (action) {
                    case PUBLISH ->
                        new ArticlePublished(
                                article.getId(), article.getSlug(), article.getTitle(), article.getPublishedAt());
                    case UNPUBLISH -> new ArticleUnpublished(article.getId(), article.getSlug(), article.getTitle());
                    case SUBMIT ->
                        new ArticleChanged(
                                ArticleChanged.Kind.SUBMITTED, article.getId(), article.getTitle(), false, null);
                    case RETURN ->
                        new ArticleChanged(
                                ArticleChanged.Kind.RETURNED, article.getId(), article.getTitle(), false, null);
                });
    }

    /**
     * The steps of an article through the workflow, newest first. It takes the article as {@link
     * #view} gave it, which already checked who may open it: the edit page opens the article once.
     */
    @Transactional(readOnly = true)
    public List<ArticleHistoryLine> history(EditableArticle opened) {
        return transitions.findByArticleIdOrderByOccurredAtDescIdDesc(opened.id()).stream()
                .map(t -> new ArticleHistoryLine(
                        t.getFromStatus(), t.getToStatus(), t.getActor(), t.getNote(), t.getOccurredAt()))
                .toList();
    }

    /** The saved versions of an article as {@link #view} gave it, newest first. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> revisions(EditableArticle opened) {
        return revisions.findByArticleIdOrderByRevisionNoDesc(opened.id()).stream()
                .map(ArticleEditor::toVersion)
                .toList();
    }

    @Transactional(readOnly = true)
    public ArticleVersion revision(StaffMember who, long articleId, int revisionNo) {
        return toVersion(savedRevision(who, articleId, revisionNo));
    }

    private ArticleRevision savedRevision(StaffMember who, long articleId, int revisionNo) {
        open(who, articleId);
        return revisions
                .findByArticleIdAndRevisionNo(articleId, revisionNo)
                .orElseThrow(() -> new NotFoundException("revision " + revisionNo));
    }

    private static ArticleVersion toVersion(ArticleRevision r) {
        return new ArticleVersion(
                r.getRevisionNo(),
                r.getTitle(),
                r.getLead(),
                r.getBody(),
                r.getAuthorSignature(),
                r.getCreatedBy(),
                r.getCreatedAt());
    }

    /** Makes an earlier version the current content again (as a new revision: nothing is lost). */
    public void restore(StaffMember who, long articleId, int revisionNo) {
        Article article = open(who, articleId);
        if (!canEdit(who, article)) {
            throw new WorkflowException("workflow.cannotEdit");
        }
        ArticleRevision old = savedRevision(who, articleId, revisionNo);
        Category category = categories.findById(old.getCategoryId()).orElse(article.getCategory());
        article.edit(category, old.getTitle(), old.getLead(), HtmlPolicy.sanitize(old.getBody()), clock.instant());
        article.attribute(old.getAuthorSignature(), old.getSourceName());
        article.illustrate(old.getImageUrl(), old.getImageAlt());
        articles.saveAndFlush(article);
        saveRevision(who, article);
        events.publishEvent(new ArticleChanged(
                ArticleChanged.Kind.RESTORED,
                article.getId(),
                article.getTitle(),
                article.isPublicAt(clock.instant()),
                revisionNo));
    }

    /** Waiting for {@code who}: pending review for editors and admins, returned articles for authors. */
    @Transactional(readOnly = true)
    public List<ArticleQueueItem> waitingFor(StaffMember who, int count) {
        ArticleStatus status = who.role().canPublish() ? ArticleStatus.PENDING : ArticleStatus.RETURNED;
        Specification<Article> spec = visibleTo(who).and((root, query, cb) -> cb.equal(root.get("status"), status));
        if (!who.role().canPublish()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("authorUsername"), who.username()));
        }
        return articles
                .findAll(spec, PageRequest.of(0, count, Sort.by(Sort.Order.desc("updatedAt"))))
                .getContent()
                .stream()
                .map(a -> new ArticleQueueItem(
                        a.getId(),
                        a.getTitle(),
                        a.getCategory().getName(),
                        a.getStatus().name(),
                        a.getAuthorUsername(),
                        a.getUpdatedAt(),
                        a.getPublishedAt()))
                .toList();
    }

    private void applyDetails(StaffMember who, Article article, Draft draft) {
        article.attribute(Blank.toNull(draft.authorSignature()), Blank.toNull(draft.sourceName()));
        article.illustrate(Blank.toNull(draft.imageUrl()), Blank.toNull(draft.imageAlt()));
        if (who.role().canPublish()) {
            article.markFeatured(draft.featured());
        }
        if (article.getStatus() != ArticleStatus.PUBLISHED || who.role().canPublish()) {
            article.schedule(
                    draft.publishAt() != null
                            ? draft.publishAt()
                            : article.getStatus() == ArticleStatus.PUBLISHED ? article.getPublishedAt() : null);
        }
    }

    private void saveRevision(StaffMember who, Article article) {
        int next = revisions.lastRevisionNo(article.getId()) + 1;
        revisions.save(new ArticleRevision(article, next, who.username(), clock.instant()));
    }

    private Category writableCategory(StaffMember who, long categoryId) {
        return writable(who).stream()
                .filter(c -> c.getId() == categoryId)
                .findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.categoryNotAssigned"));
    }

    /** Admins see everything; editors their categories; authors their own articles. */
    private Specification<Article> visibleTo(StaffMember who) {
        if (who.isAdmin()) {
            return (root, query, cb) -> cb.conjunction();
        }
        if (who.role() == Role.AUTHOR) {
            return (root, query, cb) -> cb.equal(root.get("authorUsername"), who.username());
        }
        Set<Long> assigned = members.findCategoryIdsOf(who.username()).stream().collect(Collectors.toSet());
        if (assigned.isEmpty()) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> root.get("category").get("id").in(assigned);
    }
}

package vn.htx.portal.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.content.domain.Article;
import vn.htx.portal.content.domain.ArticleRepository;
import vn.htx.portal.content.domain.Category;
import vn.htx.portal.content.domain.CategoryRepository;
import vn.htx.portal.shared.CountBuffer;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.PeriodicWrites;
import vn.htx.portal.shared.Slug;

/** What other modules and the public pages may read of the news. Only published articles leave it. */
@Service
@Transactional(readOnly = true)
public class ContentApi {

    private final CategoryRepository categories;
    private final ArticleRepository articles;
    private final Clock clock;
    private final CountBuffer views = new CountBuffer();
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final jakarta.persistence.EntityManager entityManager;

    ContentApi(
            CategoryRepository categories,
            ArticleRepository articles,
            Clock clock,
            PeriodicWrites writes,
            org.springframework.transaction.support.TransactionTemplate transactions,
            jakarta.persistence.EntityManager entityManager) {
        this.categories = categories;
        this.entityManager = entityManager;
        this.articles = articles;
        this.clock = clock;
        this.transactions = transactions;
        writes.register(this::writeViews);
    }

    public List<CategoryRef> menuCategories() {
        return categories.findByShowInMenuTrueOrderBySortOrderAscNameAsc().stream()
                .map(ContentApi::toRef)
                .toList();
    }

    public List<CategoryRef> allCategories() {
        return categories.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(ContentApi::toRef)
                .toList();
    }

    public Optional<CategoryRef> category(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return categories.findBySlug(slug).map(ContentApi::toRef);
    }

    /** Page {@code page} (from 1) of a category's published articles, newest first. */
    public PageSlice<ArticleCard> publishedInCategory(CategoryRef category, int page, int size) {
        return cards(articles.findPublicIdsInCategory(category.id(), clock.instant(), Paging.request(page, size)));
    }

    /** Page {@code page} (from 1) of all published articles, newest first. */
    public PageSlice<ArticleCard> published(int page, int size) {
        return cards(articles.findPublicIds(clock.instant(), Paging.request(page, size)));
    }

    public List<ArticleCard> latest(int count) {
        return inOrder(articles.findNewestPublicIds(clock.instant(), PageRequest.of(0, count)));
    }

    /** The newest article marked as featured, or the newest of all when none is. */
    public Optional<ArticleCard> featured() {
        List<ArticleCard> featured = inOrder(articles.findPublicFeaturedIds(clock.instant(), PageRequest.of(0, 1)));
        if (!featured.isEmpty()) {
            return Optional.of(featured.get(0));
        }
        return latest(1).stream().findFirst();
    }

    /** A page of ids as the page of cards, in the same order: one statement for the rows. */
    private PageSlice<ArticleCard> cards(org.springframework.data.domain.Page<Long> ids) {
        return new PageSlice<>(
                inOrder(ids.getContent()),
                ids.getNumber() + 1,
                Math.max(1, ids.getTotalPages()),
                ids.getTotalElements());
    }

    /**
     * The cards of these articles, in the order of {@code ids}, in one statement that reads only
     * what a card shows (not the body). Native SQL: Hibernate translates a JPQL query with a list
     * parameter again on every call, which cost more than running it.
     */
    private List<ArticleCard> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleCard> byId = new HashMap<>();
        for (ArticleCard card : cardsOf(ids)) {
            byId.put(card.id(), card);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static final String CARDS = "select a.id, a.title, a.slug, a.lead_text, a.published_at, a.image_url,"
            + " a.image_alt, c.id, c.name, c.slug from article a join category c on c.id = a.category_id"
            + " where a.id in (:ids)";

    @SuppressWarnings("unchecked")
    private List<ArticleCard> cardsOf(java.util.Collection<Long> ids) {
        List<Object[]> rows = entityManager
                .createNativeQuery(CARDS, Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream()
                .map(row -> new ArticleCard(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        instant(row[4]),
                        (String) row[5],
                        (String) row[6],
                        new CategoryRef(((Number) row[7]).longValue(), (String) row[8], (String) row[9])))
                .toList();
    }

    /** A timestamp with time zone as the JDBC driver gives it (H2 and PostgreSQL differ). */
    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value);
    }

    /** Every menu category with its {@code perCategory} newest articles, in two statements. */
    public List<CategorySection> sections(int perCategory) {
        List<CategoryRef> menu = menuCategories();
        Map<Long, List<ArticleCard>> byCategory = newestByCategory(newestIdsPerCategory(menu, perCategory));
        List<CategorySection> sections = new ArrayList<>();
        for (CategoryRef category : menu) {
            List<ArticleCard> cards = byCategory.getOrDefault(category.id(), List.of());
            if (!cards.isEmpty()) {
                sections.add(new CategorySection(category, cards));
            }
        }
        return sections;
    }

    private Map<Long, List<ArticleCard>> newestByCategory(List<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : cardsOf(ids).stream()
                        .sorted(Comparator.comparing(ArticleCard::publishedAt)
                                .reversed()
                                .thenComparing(Comparator.comparingLong(ArticleCard::id)
                                        .reversed()))
                        .collect(Collectors.groupingBy(
                                card -> card.category().id(), LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The ids of the {@code perCategory} newest public articles of each category, in one statement:
     * one short index range per category, joined (a window function over all articles read every
     * published article on each home page). Each part's order starts with its equality columns, as
     * {@link ArticleRepository#ORDER_IN_CATEGORY} explains.
     */
    @SuppressWarnings("unchecked")
    private List<Long> newestIdsPerCategory(List<CategoryRef> categories, int perCategory) {
        if (categories.isEmpty() || perCategory <= 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < categories.size(); i++) {
            if (i > 0) {
                sql.append(" union all ");
            }
            sql.append("(select a.id from article a where a.category_id = ?")
                    .append(i + 2)
                    .append(" and a.status = 'PUBLISHED' and a.published_at <= ?1")
                    .append(" order by a.category_id, a.status, a.published_at desc, a.id desc fetch first ")
                    .append(perCategory)
                    .append(" rows only)");
        }
        jakarta.persistence.Query query = entityManager.createNativeQuery(sql.toString(), Long.class);
        query.setParameter(1, clock.instant());
        for (int i = 0; i < categories.size(); i++) {
            query.setParameter(i + 2, categories.get(i).id());
        }
        return ((List<Number>) query.getResultList())
                .stream().map(Number::longValue).toList();
    }

    public Optional<ArticleDetail> publishedArticle(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return articles.findPublicBySlug(slug, clock.instant()).map(ContentApi::toDetail);
    }

    /** The current slug of a published article that was once published as {@code oldSlug}. */
    public Optional<String> currentSlugFor(String oldSlug) {
        if (!Slug.isWellFormed(oldSlug)) {
            return Optional.empty();
        }
        return articles.findPublicSlugByOldSlug(oldSlug, clock.instant());
    }

    public List<ArticleCard> related(ArticleDetail article, int count) {
        return inOrder(articles.findPublicRelatedIds(
                article.category().id(), article.id(), clock.instant(), PageRequest.of(0, count)));
    }

    /** Titles of the published articles among {@code slugs} (the others are left out), for "most read" lists. */
    public Map<String, String> publishedTitles(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        java.time.Instant now = clock.instant();
        return articles.findAllBySlugIn(slugs).stream()
                .filter(a -> a.getStatus() == vn.htx.portal.content.domain.ArticleStatus.PUBLISHED
                        && !a.getPublishedAt().isAfter(now))
                .collect(Collectors.toMap(Article::getSlug, Article::getTitle));
    }

    /**
     * Counts a view of an article in memory; the counts are written once a second in one
     * transaction, so that reading an article never waits for a database write.
     *
     * @return the article's view count with this view (and others not yet written) included
     */
    public long recordView(ArticleDetail article) {
        views.increment(article.id());
        return article.viewCount() + views.pending(article.id());
    }

    private void writeViews() {
        views.writeWith(transactions, articles::addViews);
    }

    private static CategoryRef toRef(Category category) {
        return new CategoryRef(category.getId(), category.getName(), category.getSlug());
    }

    private static ArticleDetail toDetail(Article a) {
        return new ArticleDetail(
                a.getId(),
                a.getTitle(),
                a.getSlug(),
                a.getLead(),
                a.getBody(),
                a.getAuthorSignature(),
                a.getSourceName(),
                a.getImageUrl(),
                a.getImageAlt(),
                a.getPublishedAt(),
                a.getUpdatedAt(),
                a.getViewCount(),
                toRef(a.getCategory()));
    }
}

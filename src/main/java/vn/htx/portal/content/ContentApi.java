package vn.htx.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionTemplate transactions;

    ContentApi(
            CategoryRepository categories,
            ArticleRepository articles,
            Clock clock,
            PeriodicWrites writes,
            TransactionTemplate transactions) {
        this.categories = categories;
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
    private PageSlice<ArticleCard> cards(Page<Long> ids) {
        return new PageSlice<>(
                inOrder(ids.getContent()),
                ids.getNumber() + 1,
                Math.max(1, ids.getTotalPages()),
                ids.getTotalElements());
    }

    /** The cards of these articles, in the order of {@code ids}, in one statement. */
    private List<ArticleCard> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleCard> byId = new HashMap<>();
        for (ArticleCard card : articles.cardsOf(ids)) {
            byId.put(card.id(), card);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Every menu category with its {@code perCategory} newest articles but those the page already
     * shows (the featured one and the newest), in two statements.
     */
    public List<CategorySection> sections(int perCategory, Set<Long> alreadyShown) {
        List<CategoryRef> menu = menuCategories();
        Map<Long, List<ArticleCard>> byCategory = newestByCategory(articles.newestPublicIdsPerCategory(
                menu.stream().map(CategoryRef::id).toList(), perCategory + alreadyShown.size(), clock.instant()));
        List<CategorySection> sections = new ArrayList<>();
        for (CategoryRef category : menu) {
            List<ArticleCard> cards = byCategory.getOrDefault(category.id(), List.of()).stream()
                    .filter(card -> !alreadyShown.contains(card.id()))
                    .limit(perCategory)
                    .toList();
            if (!cards.isEmpty()) {
                sections.add(new CategorySection(category, cards));
            }
        }
        return sections;
    }

    private Map<Long, List<ArticleCard>> newestByCategory(List<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : articles.cardsOf(ids).stream()
                        .sorted(Comparator.comparing(ArticleCard::publishedAt)
                                .reversed()
                                .thenComparing(Comparator.comparingLong(ArticleCard::id)
                                        .reversed()))
                        .collect(Collectors.groupingBy(
                                card -> card.category().id(), LinkedHashMap::new, Collectors.toList()));
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
    public Map<String, String> publishedTitles(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        return articles.findAllBySlugIn(slugs).stream()
                .filter(a -> a.isPublicAt(now))
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

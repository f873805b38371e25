package vn.htx.portal.content.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.content.domain.Article;
import vn.htx.portal.content.domain.ArticleRepository;
import vn.htx.portal.content.domain.Category;
import vn.htx.portal.content.domain.CategoryRepository;
import vn.htx.portal.media.DemoPictures;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.shared.Slug;

/**
 * Fills an empty database with the categories a cooperative alliance has ({@code demo/categories.tsv})
 * and the demo articles in
 * {@code classpath:demo/articles}, one file each: {@code key: value} lines, a {@code ---} line, then
 * the body as HTML. Articles without a {@code published} line stay drafts.
 */
@Component
@Order(10) // before the demo menus, which lead to these categories
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class ContentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentDemoData.class);

    private final CategoryRepository categories;
    private final ArticleRepository articles;
    private final Clock clock;
    private final PortalProperties properties;
    private final MediaApi media;

    ContentDemoData(
            CategoryRepository categories,
            ArticleRepository articles,
            Clock clock,
            PortalProperties properties,
            MediaApi media) {
        this.categories = categories;
        this.articles = articles;
        this.clock = clock;
        this.properties = properties;
        this.media = media;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (categories.count() > 0 || articles.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Category> bySlug = new HashMap<>();
        int order = 0;
        for (String[] c : DemoFiles.tsv("demo/categories.tsv", 2)) {
            order += 10;
            Category category = categories.save(new Category(c[0], Slug.of(c[0]), c[1], order, now));
            bySlug.put(category.getSlug(), category);
        }
        int count = 0;
        for (DemoFiles.Headed demo : DemoFiles.headed("articles")) {
            Category category = bySlug.get(demo.header("category"));
            if (category == null) {
                throw new IllegalStateException("Unknown category in " + demo.name());
            }
            String slug = Slug.unique(demo.header("title"), "bai-viet", articles::existsBySlug);
            Article article = new Article(category, demo.header("title"), slug, demo.header("lead"), demo.body(), now);
            article.attribute(demo.header("author"), demo.header("source"));
            article.markFeatured(Boolean.parseBoolean(demo.header("featured")));
            // a picture of our own making for each article, so that lists and the home page show pictures
            long seed = count;
            article.illustrate(
                    media.storeImage(DemoPictures.landscape(seed, 1200, 675), demo.name() + ".jpg", "demo")
                            .url(),
                    DemoPictures.altText(seed));
            String published = demo.header("published");
            if (published != null) {
                article.publish(LocalDateTime.parse(published)
                        .atZone(properties.timeZone())
                        .toInstant());
            }
            articles.saveAndFlush(article);
            count++;
        }
        log.info("Demo content: {} categories and {} articles created", bySlug.size(), count);
    }
}

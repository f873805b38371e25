package vn.htx.portal.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.support.PortalDataJpaTest;

/**
 * "Public at this instant" said three ways for articles (the entity's rule, the repository's JPQL,
 * its native SQL) picks the same articles: published and due, never a draft, a returned or
 * unpublished one, nor one scheduled for later.
 */
@PortalDataJpaTest
class PublicArticlesTests {

    @Autowired
    private CategoryRepository categories;

    @Autowired
    private ArticleRepository articles;

    private final Instant now = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void everyListShowsExactlyTheArticlesTheEntitySaysArePublic() {
        Category category = categories.save(new Category("Thử quy tắc", "thu-quy-tac", null, 900, now));
        Article due = article(category, "da-dang", now.minus(Duration.ofHours(1)));
        Article scheduled = article(category, "hen-gio", now.plus(Duration.ofHours(1)));
        Article draft = articles.save(new Article(category, "Nháp", "nhap-quy-tac", null, "<p>x</p>", now));
        Article unpublished = article(category, "da-go", now.minus(Duration.ofDays(1)));
        unpublished.moveTo(ArticleStatus.UNPUBLISHED, now);
        Article returned = articles.save(new Article(category, "Trả lại", "tra-lai-quy-tac", null, "<p>x</p>", now));
        returned.moveTo(ArticleStatus.RETURNED, now);
        articles.flush();
        List<Article> all = List.of(due, scheduled, draft, unpublished, returned);
        List<Long> expected =
                all.stream().filter(a -> a.isPublicAt(now)).map(Article::getId).toList();
        assertThat(expected).containsExactly(due.getId());

        List<Long> inCategory = articles.findPublicIdsInCategory(category.getId(), now, PageRequest.of(0, 20))
                .getContent();
        assertThat(inCategory).containsExactlyElementsOf(expected);
        assertThat(articles.findPublicIds(now, PageRequest.of(0, 1000)).getContent())
                .contains(due.getId())
                .doesNotContain(scheduled.getId(), draft.getId(), unpublished.getId(), returned.getId());
        assertThat(articles.newestPublicIdsPerCategory(List.of(category.getId()), 10, now))
                .containsExactlyElementsOf(expected);
        for (Article a : all) {
            assertThat(articles.findPublicBySlug(a.getSlug(), now))
                    .as(a.getSlug())
                    .isEqualTo(a.isPublicAt(now) ? Optional.of(a) : Optional.empty());
        }
        // a scheduled article becomes public when its time comes, without anything flipping it
        assertThat(articles.newestPublicIdsPerCategory(List.of(category.getId()), 10, now.plus(Duration.ofHours(2))))
                .containsExactlyInAnyOrder(due.getId(), scheduled.getId());
    }

    @Test
    void aCardCarriesWhatTheListShowsAndNotTheBody() {
        Category category = categories.save(new Category("Thử thẻ", "thu-the", null, 901, now));
        Article one = article(category, "the-mot", now.minus(Duration.ofMinutes(5)));
        Article two = article(category, "the-hai", now.minus(Duration.ofMinutes(10)));
        articles.flush();

        Map<Long, ArticleCard> cards = articles.cardsOf(List.of(one.getId(), two.getId())).stream()
                .collect(Collectors.toMap(ArticleCard::id, Function.identity()));

        assertThat(cards).containsOnlyKeys(one.getId(), two.getId());
        assertThat(cards.get(one.getId()).slug()).isEqualTo("the-mot");
        assertThat(cards.get(one.getId()).publishedAt()).isEqualTo(now.minus(Duration.ofMinutes(5)));
        assertThat(cards.get(one.getId()).category().slug()).isEqualTo("thu-the");
        assertThat(articles.cardsOf(List.of())).isEmpty();
        assertThat(Stream.of(ArticleCard.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("body");
    }

    private Article article(Category category, String slug, Instant publishedAt) {
        Article article = new Article(category, "Bài " + slug, slug, null, "<p>Nội dung</p>", now);
        article.publish(publishedAt);
        return articles.save(article);
    }
}

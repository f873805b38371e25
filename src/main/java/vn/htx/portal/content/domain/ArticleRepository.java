package vn.htx.portal.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * "Public" below always means: status PUBLISHED and a publication time that has come. An article
 * scheduled for later stays invisible until then, without any job having to flip it. The rule is
 * {@link Article#isPublicAt}; these are its words for JPQL and SQL, the search index has it from
 * {@link Article#searchPublic} and {@link Article#searchVisibleFrom}.
 */
public interface ArticleRepository
        extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article>, ArticleCardQueries {

    /** "Public at :now" in JPQL, alias {@code a}. */
    String PUBLIC = "a.status = vn.htx.portal.content.domain.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

    /** "Public at ?1" in SQL, alias {@code a}. */
    String PUBLIC_SQL = "a.status = 'PUBLISHED' and a.published_at <= ?1";

    // Lists select ids first, in index order, and load the rows of one page after: the database then
    // never reads (nor sorts) every published article's body to find the newest ten. Each order
    // starts with the columns the list fixes by equality, as its index does: H2 follows an index's
    // order (and stops after the first rows) only when the ORDER BY starts with the index's first
    // columns. Without them it read and sorted all 100,000 ids for the newest ten (4,339 pages
    // against 3). The extra columns are constant within each list, so the order is the same.
    String ORDER = " order by a.status, a.publishedAt desc, a.id desc";

    String ORDER_IN_CATEGORY = " order by a.category.id, a.status, a.publishedAt desc, a.id desc";

    String ORDER_FEATURED = " order by a.featured, a.status, a.publishedAt desc, a.id desc";

    @Query(
            value = "select a.id from Article a where " + PUBLIC + ORDER,
            countQuery = "select count(a) from Article a where " + PUBLIC)
    Page<Long> findPublicIds(@Param("now") Instant now, Pageable pageable);

    @Query(
            value = "select a.id from Article a where a.category.id = :categoryId and " + PUBLIC + ORDER_IN_CATEGORY,
            countQuery = "select count(a) from Article a where a.category.id = :categoryId and " + PUBLIC)
    Page<Long> findPublicIdsInCategory(
            @Param("categoryId") long categoryId, @Param("now") Instant now, Pageable pageable);

    @Query("select a.id from Article a where " + PUBLIC + ORDER)
    List<Long> findNewestPublicIds(@Param("now") Instant now, Pageable pageable);

    @Query("select a.id from Article a where a.featured = true and " + PUBLIC + ORDER_FEATURED)
    List<Long> findPublicFeaturedIds(@Param("now") Instant now, Pageable pageable);

    @Query("select a.id from Article a where a.category.id = :categoryId and a.id <> :excludedId and " + PUBLIC
            + ORDER_IN_CATEGORY)
    List<Long> findPublicRelatedIds(
            @Param("categoryId") long categoryId,
            @Param("excludedId") long excludedId,
            @Param("now") Instant now,
            Pageable pageable);

    @Query("select a from Article a join fetch a.category where a.slug = :slug and " + PUBLIC)
    Optional<Article> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @Query("select a.slug from ArticleSlugRedirect r join r.article a where r.oldSlug = :oldSlug and " + PUBLIC)
    Optional<String> findPublicSlugByOldSlug(@Param("oldSlug") String oldSlug, @Param("now") Instant now);

    boolean existsBySlug(String slug);

    List<Article> findAllBySlugIn(Collection<String> slugs);

    @Modifying
    @Query("update Article a set a.viewCount = a.viewCount + :views where a.id = :id")
    int addViews(@Param("id") long id, @Param("views") long views);
}

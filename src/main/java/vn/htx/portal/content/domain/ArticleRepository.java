package vn.htx.portal.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * "Public" below always means: status PUBLISHED and a publication time that has come. An article
 * scheduled for later stays invisible until then, without any job having to flip it.
 */
public interface ArticleRepository
        extends JpaRepository<Article, Long>,
                org.springframework.data.jpa.repository.JpaSpecificationExecutor<Article> {

    String PUBLIC = "a.status = vn.htx.portal.content.domain.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

    @Query(
            value = "select a from Article a join fetch a.category where " + PUBLIC
                    + " order by a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Article a where " + PUBLIC)
    Page<Article> findPublic(@Param("now") Instant now, Pageable pageable);

    @Query(
            value = "select a from Article a join fetch a.category where a.category.id = :categoryId and " + PUBLIC
                    + " order by a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Article a where a.category.id = :categoryId and " + PUBLIC)
    Page<Article> findPublicInCategory(
            @Param("categoryId") long categoryId, @Param("now") Instant now, Pageable pageable);

    /** The same order as {@link #findPublic}, without counting: for blocks that show a fixed number. */
    @Query("select a from Article a join fetch a.category where " + PUBLIC + " order by a.publishedAt desc, a.id desc")
    List<Article> findNewestPublic(@Param("now") Instant now, Pageable pageable);

    @Query("select a from Article a join fetch a.category where a.featured = true and " + PUBLIC
            + " order by a.publishedAt desc, a.id desc")
    List<Article> findPublicFeatured(@Param("now") Instant now, Pageable pageable);

    @Query("select a from Article a join fetch a.category where a.slug = :slug and " + PUBLIC)
    Optional<Article> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @Query("select a.slug from ArticleSlugRedirect r join r.article a where r.oldSlug = :oldSlug and " + PUBLIC)
    Optional<String> findPublicSlugByOldSlug(@Param("oldSlug") String oldSlug, @Param("now") Instant now);

    @Query("select a from Article a join fetch a.category where a.category.id = :categoryId and a.id <> :excludedId"
            + " and " + PUBLIC + " order by a.publishedAt desc, a.id desc")
    List<Article> findPublicRelated(
            @Param("categoryId") long categoryId,
            @Param("excludedId") long excludedId,
            @Param("now") Instant now,
            Pageable pageable);

    @Query("select a from Article a join fetch a.category where a.id in :ids")
    List<Article> findWithCategoryByIdIn(@Param("ids") Collection<Long> ids);

    boolean existsBySlug(String slug);

    List<Article> findAllBySlugIn(Collection<String> slugs);

    @Modifying
    @Query("update Article a set a.viewCount = a.viewCount + :views where a.id = :id")
    int addViews(@Param("id") long id, @Param("views") long views);
}

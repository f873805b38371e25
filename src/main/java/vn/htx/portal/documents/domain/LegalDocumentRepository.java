package vn.htx.portal.documents.domain;

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

public interface LegalDocumentRepository
        extends JpaRepository<LegalDocument, Long>, JpaSpecificationExecutor<LegalDocument> {

    /** The one rule of "public" (as {@link LegalDocument#isPublic}), for every public query; alias {@code d}. */
    String PUBLIC = "d.status = vn.htx.portal.documents.domain.DocumentStatus.PUBLISHED";

    @Query("select d from LegalDocument d left join fetch d.type left join fetch d.issuer left join fetch d.signer"
            + " where d.slug = :slug and " + PUBLIC)
    Optional<LegalDocument> findPublishedDetailBySlug(@Param("slug") String slug);

    @Query("select d from LegalDocument d left join fetch d.type where " + PUBLIC + " and d.id in :ids")
    List<LegalDocument> findPublishedWithTypeByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select distinct year(d.issueDate) from LegalDocument d where " + PUBLIC + " order by 1 desc")
    List<Integer> findPublishedYears();

    @Query("select d from LegalDocument d left join fetch d.issuer where d.number = :number")
    List<LegalDocument> findByNumber(@Param("number") String number);

    @Modifying
    @Query("update LegalDocument d set d.downloadCount = d.downloadCount + 1 where d.id = :id")
    int countDownload(@Param("id") long id);

    @Query(
            value = "select d from LegalDocument d where " + PUBLIC + " order by d.issueDate desc, d.id desc",
            countQuery = "select count(d) from LegalDocument d where " + PUBLIC)
    Page<LegalDocument> findPublished(Pageable pageable);

    /** Newest issue date first, without counting: for blocks that show a fixed number. */
    @Query("select d from LegalDocument d left join fetch d.type where " + PUBLIC
            + " order by d.issueDate desc, d.id desc")
    List<LegalDocument> findNewestPublished(Pageable pageable);

    boolean existsBySlug(String slug);

    @Modifying
    @Query("update LegalDocument d set d.viewCount = d.viewCount + :views where d.id = :id")
    int addViews(@Param("id") long id, @Param("views") long views);
}

package vn.htx.portal.pages.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SitePageRevisionRepository extends JpaRepository<SitePageRevision, Long> {

    List<SitePageRevision> findByPageIdOrderByRevisionNoDesc(long pageId);

    Optional<SitePageRevision> findByPageIdAndRevisionNo(long pageId, int revisionNo);

    @Query("select coalesce(max(r.revisionNo), 0) from SitePageRevision r where r.pageId = ?1")
    int lastRevisionNo(long pageId);
}

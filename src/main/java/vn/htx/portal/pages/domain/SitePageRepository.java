package vn.htx.portal.pages.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SitePageRepository extends JpaRepository<SitePage, Long> {

    Optional<SitePage> findByPath(String path);

    boolean existsByPath(String path);

    List<SitePage> findByPathStartingWith(String prefix);

    @Query("select new vn.htx.portal.pages.domain.PagePath(p.id, p.parentId, p.path, p.title, p.sortOrder, p.updatedAt)"
            + " from SitePage p where p.parentId = ?1 and p.status = vn.htx.portal.pages.domain.PageStatus.PUBLISHED"
            + " order by p.sortOrder, p.title, p.id")
    List<PagePath> publishedChildren(long parentId);

    List<SitePage> findByPathInAndStatus(List<String> paths, PageStatus status);

    @Query("select new vn.htx.portal.pages.domain.PagePath(p.id, p.parentId, p.path, p.title, p.sortOrder, p.updatedAt)"
            + " from SitePage p where p.status = vn.htx.portal.pages.domain.PageStatus.PUBLISHED")
    List<PagePath> publishedPaths();

    @Query("select new vn.htx.portal.pages.domain.PagePath(p.id, p.parentId, p.path, p.title, p.sortOrder, p.updatedAt)"
            + " from SitePage p")
    List<PagePath> allPaths();
}

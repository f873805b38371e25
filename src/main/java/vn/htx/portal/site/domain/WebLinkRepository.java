package vn.htx.portal.site.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebLinkRepository extends JpaRepository<WebLink, Long> {

    List<WebLink> findAllByOrderBySortOrderAscNameAscIdAsc();
}

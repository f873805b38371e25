package vn.htx.portal.pages.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findAllByOrderBySortOrderAscNameAscIdAsc();

    boolean existsByParentId(long parentId);
}

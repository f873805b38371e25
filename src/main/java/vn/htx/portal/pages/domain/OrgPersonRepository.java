package vn.htx.portal.pages.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgPersonRepository extends JpaRepository<OrgPerson, Long> {

    List<OrgPerson> findAllByOrderBySortOrderAscFullNameAscIdAsc();

    List<OrgPerson> findByLeaderTrueOrderBySortOrderAscFullNameAscIdAsc();

    boolean existsByUnitId(long unitId);
}

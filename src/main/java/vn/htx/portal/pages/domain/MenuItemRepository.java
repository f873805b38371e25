package vn.htx.portal.pages.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.htx.portal.pages.MenuKind;

public interface MenuItemRepository extends JpaRepository<MenuItem, Long> {

    List<MenuItem> findByMenuOrderBySortOrderAscIdAsc(MenuKind menu);

    List<MenuItem> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByParentId(long parentId);
}

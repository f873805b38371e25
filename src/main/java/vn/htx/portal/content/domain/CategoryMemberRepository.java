package vn.htx.portal.content.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CategoryMemberRepository extends JpaRepository<CategoryMember, CategoryMember.Key> {

    @Query("select m.categoryId from CategoryMember m where m.username = :username")
    List<Long> findCategoryIdsOf(@Param("username") String username);

    List<CategoryMember> findByCategoryId(long categoryId);

    @Modifying
    @Query("delete from CategoryMember m where m.categoryId = :categoryId")
    void deleteByCategoryId(@Param("categoryId") long categoryId);
}

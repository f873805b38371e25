package vn.htx.portal.content.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByRevisionNoDesc(long articleId);

    Optional<ArticleRevision> findByArticleIdAndRevisionNo(long articleId, int revisionNo);

    @Query("select coalesce(max(r.revisionNo), 0) from ArticleRevision r where r.articleId = :articleId")
    int lastRevisionNo(@Param("articleId") long articleId);
}

package vn.htx.portal.content.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleTransitionRepository extends JpaRepository<ArticleTransition, Long> {

    List<ArticleTransition> findByArticleIdOrderByOccurredAtDescIdDesc(long articleId);
}

package vn.htx.portal.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.htx.portal.content.ArticleCard;

/** The native queries of the news lists: a fragment of {@link ArticleRepository}. */
public interface ArticleCardQueries {

    /**
     * The cards of these articles, in no particular order, in one statement that reads only what a
     * card shows (not the body). Native SQL: Hibernate translates a JPQL query with a list parameter
     * again on every call, which cost more than running it.
     */
    List<ArticleCard> cardsOf(Collection<Long> ids);

    /**
     * The ids of the {@code perCategory} newest articles public at {@code now} of each category, in
     * one statement: one short index range per category, joined (a window function over all
     * articles read every published article on each home page). Each part's order starts with its
     * equality columns, as {@link ArticleRepository#ORDER_IN_CATEGORY} explains.
     */
    List<Long> newestPublicIdsPerCategory(List<Long> categoryIds, int perCategory, Instant now);
}

package vn.htx.portal.content.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.content.CategoryRef;

class ArticleCardQueriesImpl implements ArticleCardQueries {

    private static final String CARDS = "select a.id, a.title, a.slug, a.lead_text, a.published_at, a.image_url,"
            + " a.image_alt, c.id, c.name, c.slug from article a join category c on c.id = a.category_id"
            + " where a.id in (:ids)";

    private final EntityManager entityManager;

    ArticleCardQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ArticleCard> cardsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery(CARDS, Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream()
                .map(row -> new ArticleCard(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        instant(row[4]),
                        (String) row[5],
                        (String) row[6],
                        new CategoryRef(((Number) row[7]).longValue(), (String) row[8], (String) row[9])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> newestPublicIdsPerCategory(List<Long> categoryIds, int perCategory, Instant now) {
        if (categoryIds.isEmpty() || perCategory <= 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < categoryIds.size(); i++) {
            if (i > 0) {
                sql.append(" union all ");
            }
            sql.append("(select a.id from article a where a.category_id = ?")
                    .append(i + 2)
                    .append(" and ")
                    .append(ArticleRepository.PUBLIC_SQL)
                    .append(" order by a.category_id, a.status, a.published_at desc, a.id desc fetch first ")
                    .append(perCategory)
                    .append(" rows only)");
        }
        Query query = entityManager.createNativeQuery(sql.toString(), Long.class);
        query.setParameter(1, now);
        for (int i = 0; i < categoryIds.size(); i++) {
            query.setParameter(i + 2, categoryIds.get(i));
        }
        return ((List<Number>) query.getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** A timestamp with time zone as the JDBC driver gives it (H2 and PostgreSQL differ). */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value);
    }
}

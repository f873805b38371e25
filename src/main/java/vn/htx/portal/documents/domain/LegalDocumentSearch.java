package vn.htx.portal.documents.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import vn.htx.portal.documents.DocumentFilter;
import vn.htx.portal.documents.Validity;

/**
 * The public library's filters other than words as one query: every filter given narrows the list
 * further. Words ({@code q}) go to the search index instead; see {@code DocumentsApi#search}.
 */
public final class LegalDocumentSearch {

    private LegalDocumentSearch() {}

    public static Specification<LegalDocument> publishedMatching(DocumentFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), DocumentStatus.PUBLISHED));
            if (filter.type() != null) {
                where.add(cb.equal(root.join("type", JoinType.LEFT).get("slug"), filter.type()));
            }
            if (filter.issuer() != null) {
                where.add(cb.equal(root.join("issuer", JoinType.LEFT).get("slug"), filter.issuer()));
            }
            if (filter.field() != null) {
                Subquery<Long> withField = query.subquery(Long.class);
                Root<LegalDocument> inner = withField.from(LegalDocument.class);
                withField
                        .select(inner.get("id"))
                        .where(
                                cb.equal(inner.get("id"), root.get("id")),
                                cb.equal(inner.join("fields").get("slug"), filter.field()));
                where.add(cb.exists(withField));
            }
            if (filter.year() != null) {
                where.add(cb.between(
                        root.get("issueDate"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
            }
            Validity validity = filter.validity();
            if (validity != null) {
                where.add(validityIs(validity, root, cb, today));
            }
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("type", JoinType.LEFT);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The same rule as {@link Validity#on}, in SQL. */
    private static Predicate validityIs(
            Validity validity, Root<LegalDocument> root, CriteriaBuilder cb, LocalDate today) {
        Expression<LocalDate> expiry = root.get("expiryDate");
        Expression<LocalDate> start =
                cb.coalesce(root.<LocalDate>get("effectiveDate"), root.<LocalDate>get("issueDate"));
        Predicate notExpired = cb.or(cb.isNull(expiry), cb.greaterThan(expiry, today));
        return switch (validity) {
            case EXPIRED -> cb.lessThanOrEqualTo(expiry, today);
            case NOT_YET -> cb.and(notExpired, cb.greaterThan(start, today));
            case IN_FORCE -> cb.and(notExpired, cb.lessThanOrEqualTo(start, today));
        };
    }
}

package vn.htx.portal.documents.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentTermRepository extends JpaRepository<DocumentTerm, Long> {

    List<DocumentTerm> findByKindOrderBySortOrderAscNameAsc(TermKind kind);

    List<DocumentTerm> findAllByOrderByKindAscSortOrderAscNameAsc();

    Optional<DocumentTerm> findByKindAndSlug(TermKind kind, String slug);

    Optional<DocumentTerm> findByKindAndName(TermKind kind, String name);
}

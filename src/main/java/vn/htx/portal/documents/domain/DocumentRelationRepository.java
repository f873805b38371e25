package vn.htx.portal.documents.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentRelationRepository extends JpaRepository<DocumentRelation, Long> {

    /** Both directions of a document's relations, with both ends loaded, in one statement. */
    @Query("select r from DocumentRelation r join fetch r.document join fetch r.target"
            + " where r.document.id = :id or r.target.id = :id")
    List<DocumentRelation> findInvolving(@Param("id") long documentId);

    @Modifying
    @Query("delete from DocumentRelation r where r.document.id = :id")
    void deleteOutgoing(@Param("id") long documentId);
}

package vn.htx.portal.documents.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentAttachmentRepository extends JpaRepository<DocumentAttachment, Long> {

    List<DocumentAttachment> findByDocumentIdOrderByIdAsc(long documentId);

    /** Whether any attachment, of any document, uses this stored file (files are named by their content). */
    boolean existsByStorageKey(String storageKey);

    List<DocumentAttachment> findByTextStatus(DocumentAttachment.TextStatus status);

    /** An attachment of a published document, for the public download. */
    @Query("select a from DocumentAttachment a join fetch a.document d where a.id = :id and "
            + LegalDocumentRepository.PUBLIC)
    Optional<DocumentAttachment> findPublished(@Param("id") long id);

    @Modifying
    @Query("update DocumentAttachment a set a.downloadCount = a.downloadCount + 1 where a.id = :id")
    int countDownload(@Param("id") long id);
}

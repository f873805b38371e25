package vn.htx.portal.documents;

import java.time.LocalDate;
import java.util.List;

/** A published document with everything its page shows. */
public record DocumentDetail(
        long id,
        String number,
        String slug,
        String summary,
        String title,
        String fullText,
        LocalDate issueDate,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        Validity validity,
        String typeName,
        String issuerName,
        String signerName,
        List<String> fields,
        List<Attachment> attachments,
        List<Relation> relations,
        long viewCount,
        long downloadCount) {

    /** A file of the document. {@code pdf} files are also shown inline in the page. */
    public record Attachment(
            long id, String name, String extension, String contentType, long sizeBytes, long downloads) {

        public boolean pdf() {
            return "pdf".equals(extension);
        }
    }

    /**
     * Another document this one is related to, seen from this one.
     *
     * @param labelKey the message naming the relation from this side ("thay thế", "bị thay thế bởi", …)
     */
    public record Relation(String labelKey, String number, String slug, String summary) {}
}

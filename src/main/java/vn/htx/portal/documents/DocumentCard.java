package vn.htx.portal.documents;

import java.time.LocalDate;

/**
 * A published document in a list.
 *
 * @param number the document number exactly as issued, e.g. {@code 4454/QĐ-BNN-VPĐP}
 * @param summary the trích yếu, in full (views shorten it)
 * @param typeName the document type, or null
 * @param validity whether it is in force today
 */
public record DocumentCard(
        long id, String number, String slug, LocalDate issueDate, String summary, String typeName, Validity validity) {}

/**
 * The document library (văn bản): decisions, official letters, plans and circulars. Owns the
 * {@code legal_document}, {@code legal_document_field}, {@code document_term}, {@code
 * document_attachment} and {@code document_relation} tables and the {@code files/} folder of the
 * data directory; read through {@link vn.htx.portal.documents.DocumentsApi}, changes told with
 * {@link vn.htx.portal.documents.DocumentChanged}.
 */
package vn.htx.portal.documents;

/**
 * The document library (văn bản): decisions, official letters, plans and circulars. Owns the
 * {@code legal_document} table; read through {@link vn.htx.portal.documents.DocumentsApi}.
 */
package vn.htx.portal.documents;

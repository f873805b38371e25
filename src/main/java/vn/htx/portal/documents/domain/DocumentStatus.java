package vn.htx.portal.documents.domain;

/** Where a document of the library stands. Only {@link #PUBLISHED} is ever public, from the moment it is. */
public enum DocumentStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}

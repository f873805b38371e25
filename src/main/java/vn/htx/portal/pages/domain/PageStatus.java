package vn.htx.portal.pages.domain;

/** Where a page stands. Only {@link #PUBLISHED} is public, and a page only when all its ancestors are. */
public enum PageStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}

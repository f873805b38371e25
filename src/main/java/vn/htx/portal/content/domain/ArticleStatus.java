package vn.htx.portal.content.domain;

/** Where an article stands in the editorial workflow. Only {@link #PUBLISHED} is ever public. */
public enum ArticleStatus {
    DRAFT,
    PENDING,
    RETURNED,
    PUBLISHED,
    UNPUBLISHED
}

package vn.htx.portal.content;

/** A public article was taken down: it must disappear from search, caches and feeds at once. */
public record ArticleUnpublished(long articleId, String slug) {}

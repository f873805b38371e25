package vn.htx.portal.content;

import java.time.Instant;

/** An article became public (or will at {@code publishedAt}): search, caches and feeds may react. */
public record ArticlePublished(long articleId, String slug, Instant publishedAt) {}

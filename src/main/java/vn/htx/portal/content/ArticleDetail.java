package vn.htx.portal.content;

import java.time.Instant;

/** A published article in full, for its own page. */
public record ArticleDetail(
        long id,
        String title,
        String slug,
        String lead,
        String bodyHtml,
        String authorSignature,
        String sourceName,
        String imageUrl,
        String imageAlt,
        Instant publishedAt,
        Instant updatedAt,
        long viewCount,
        CategoryRef category) {}

package vn.htx.portal.content.domain;

import java.time.Instant;

/** One line of the back office's article list. */
public record ListedArticle(
        long id,
        String title,
        String categoryName,
        ArticleStatus status,
        boolean scheduled,
        String authorUsername,
        Instant updatedAt,
        Instant publishedAt,
        String slug) {}

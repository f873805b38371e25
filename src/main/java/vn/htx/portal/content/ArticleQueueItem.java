package vn.htx.portal.content;

import java.time.Instant;

/** An article in a back-office list: enough to find it, see where it stands and open it. */
public record ArticleQueueItem(
        long id,
        String title,
        String categoryName,
        String status,
        String authorUsername,
        Instant updatedAt,
        Instant publishedAt) {}

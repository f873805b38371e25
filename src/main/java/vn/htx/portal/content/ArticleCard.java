package vn.htx.portal.content;

import java.time.Instant;

/** What a list shows of a published article: enough for a title link, date, lead and thumbnail. */
public record ArticleCard(
        long id,
        String title,
        String slug,
        String lead,
        Instant publishedAt,
        String imageUrl,
        String imageAlt,
        CategoryRef category) {}

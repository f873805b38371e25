package vn.htx.portal.content.domain;

import java.time.Instant;

/**
 * An article as the back office shows it to one member of staff, with what that person may do
 * with it now: the edit page's view, never the entity.
 */
public record EditableArticle(
        long id,
        String title,
        String slug,
        String lead,
        String body,
        long categoryId,
        String categoryName,
        String authorSignature,
        String sourceName,
        String imageUrl,
        String imageAlt,
        Instant publishedAt,
        boolean featured,
        long version,
        ArticleStatus status,
        String authorUsername,
        Instant updatedAt,
        boolean slugEditable,
        boolean publicNow,
        boolean scheduled,
        boolean canEdit,
        boolean canSubmit,
        boolean canReturn,
        boolean canPublish,
        boolean canUnpublish) {}

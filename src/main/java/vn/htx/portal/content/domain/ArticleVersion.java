package vn.htx.portal.content.domain;

import java.time.Instant;

/** A saved version of an article, as the back office shows it. */
public record ArticleVersion(
        int revisionNo,
        String title,
        String lead,
        String body,
        String authorSignature,
        String createdBy,
        Instant createdAt) {}

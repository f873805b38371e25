package vn.htx.portal.content.domain;

import java.time.Instant;

/** One step of an article through the workflow, as its edit page lists it. */
public record ArticleHistoryLine(
        ArticleStatus fromStatus, ArticleStatus toStatus, String actor, String note, Instant occurredAt) {}

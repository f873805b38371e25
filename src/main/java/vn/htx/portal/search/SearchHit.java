package vn.htx.portal.search;

import java.time.Instant;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are escaped text in which only the matched
 * words are wrapped in {@code <mark>}: safe to write into the page as they are.
 */
public record SearchHit(
        SearchKind kind,
        long id,
        String url,
        String titleHtml,
        String snippetHtml,
        String label,
        String number,
        Instant date) {}

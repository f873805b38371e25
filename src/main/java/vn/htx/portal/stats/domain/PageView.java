package vn.htx.portal.stats.domain;

import java.time.Instant;

/**
 * One successful public page view, as the counter keeps it until the next flush. No address is
 * kept: only the day's hash of address and User-Agent.
 *
 * @param articleSlug the article viewed, or null
 * @param referrerHost the host of an external referring page, or null
 */
public record PageView(
        Instant at,
        String visitorHash,
        boolean bot,
        String articleSlug,
        String referrerHost,
        String browser,
        String os,
        String device) {}

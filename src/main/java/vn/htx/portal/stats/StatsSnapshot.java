package vn.htx.portal.stats;

/**
 * @param online visitors with a page view in the last five minutes
 * @param total all visits ever, including the total imported from an earlier site
 */
public record StatsSnapshot(long online, long total) {}

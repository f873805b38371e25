/**
 * Visitor statistics (thống kê truy cập): counting page views and visits without cookies, the
 * sidebar counter, the public statistics page and the back office's reports. Owns the {@code
 * stats_total}, {@code stats_day}, {@code stats_hour}, {@code stats_visitor}, {@code stats_salt},
 * {@code stats_article_day}, {@code stats_agent_day} and {@code stats_referrer_day} tables; other
 * modules read the figures through {@link vn.htx.portal.stats.StatsApi}.
 */
package vn.htx.portal.stats;

/**
 * Visitor statistics (thống kê truy cập). Owns the {@code stats_total} table. This module's read
 * side serves the sidebar counter; counting itself is built in its own issue.
 */
package vn.htx.portal.stats;

package vn.htx.portal.stats;

/**
 * The figures of the "Thống kê truy cập" block and of {@code /api/v1/stats}. All but
 * {@code pageViews} count visits.
 *
 * @param online visitors with a page view in the last five minutes
 * @param total all visits ever, the total imported from the earlier site included
 * @param pageViews all human page views counted by this portal
 */
public record StatsSnapshot(long online, long today, long yesterday, long thisMonth, long total, long pageViews) {

    public static StatsSnapshot empty() {
        return new StatsSnapshot(0, 0, 0, 0, 0, 0);
    }
}

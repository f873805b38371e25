package vn.htx.portal.stats.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.stats.StatsReport;

/** History read from the daily tables: every query is bounded by a date range and a row limit. */
@Service
public class StatsReports {

    /** A report over more days than this is refused: ten years of daily rows. */
    public static final int MAX_DAYS = 3660;

    private final JdbcTemplate jdbc;
    private final ContentApi content;
    private final Clock clock;
    private final PortalProperties properties;

    StatsReports(JdbcTemplate jdbc, ContentApi content, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.content = content;
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    /** Every day from {@code from} to {@code to}, days without a view included as zeros. */
    public List<StatsReport.Day> days(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("bad range " + from + " .. " + to);
        }
        Map<LocalDate, StatsReport.Day> found = new HashMap<>();
        jdbc.query(
                "select stat_day, visits, page_views, bot_views from stats_day where stat_day between ? and ?",
                rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    found.put(day, new StatsReport.Day(day, rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                },
                from,
                to);
        List<StatsReport.Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(found.getOrDefault(day, new StatsReport.Day(day, 0, 0, 0)));
        }
        return days;
    }

    public List<StatsReport.Month> lastMonths(int count) {
        YearMonth last = YearMonth.from(today());
        YearMonth first = last.minusMonths(count - 1L);
        Map<YearMonth, long[]> sums = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            sums.put(m, new long[2]);
        }
        for (StatsReport.Day day : days(first.atDay(1), last.atEndOfMonth())) {
            long[] sum = sums.get(YearMonth.from(day.day()));
            sum[0] += day.visits();
            sum[1] += day.pageViews();
        }
        List<StatsReport.Month> months = new ArrayList<>();
        sums.forEach((month, sum) -> months.add(new StatsReport.Month(month, sum[0], sum[1])));
        return months;
    }

    /** The most read published articles of the last {@code days} days. */
    public List<StatsReport.Share> mostRead(int days, int count) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                "select article_slug, sum(views) from stats_article_day where stat_day > ? group by article_slug order by 2 desc, 1",
                rs -> {
                    if (rows.size() < count * 3) {
                        rows.add(new Object[] {rs.getString(1), rs.getLong(2)});
                    }
                },
                today().minusDays(days));
        Map<String, String> titles =
                content.publishedTitles(rows.stream().map(r -> (String) r[0]).toList());
        return rows.stream()
                .filter(r -> titles.containsKey((String) r[0]))
                .limit(count)
                .map(r -> new StatsReport.Share(titles.get((String) r[0]), "/bai-viet/" + r[0], (Long) r[1]))
                .toList();
    }

    /** Page views by browser ({@code BROWSER}), operating system ({@code OS}) or device ({@code DEVICE}). */
    public List<StatsReport.Share> agents(String kind, int days) {
        return jdbc.query(
                "select name, sum(views) from stats_agent_day where kind = ? and stat_day > ? group by name order by 2 desc, 1",
                (rs, n) -> new StatsReport.Share(rs.getString(1), null, rs.getLong(2)),
                kind,
                today().minusDays(days));
    }

    public List<StatsReport.Share> referrers(int days, int count) {
        List<StatsReport.Share> all = jdbc.query(
                "select host, sum(views) from stats_referrer_day where stat_day > ? group by host order by 2 desc, 1",
                (rs, n) -> new StatsReport.Share(rs.getString(1), null, rs.getLong(2)),
                today().minusDays(days));
        return all.subList(0, Math.min(count, all.size()));
    }
}

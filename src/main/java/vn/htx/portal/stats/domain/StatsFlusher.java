package vn.htx.portal.stats.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.htx.portal.PortalProperties;

/**
 * Writes a batch of page views in one transaction. Whether a view starts a visit is decided
 * against the visitor's last-seen time in the database, read under a row lock, so that two nodes
 * counting the same visitor at once still count one visit: the second waits for the first, and a
 * clash on a brand-new visitor makes the whole transaction roll back and run again.
 */
@Component
public class StatsFlusher {

    /** A visit ends after 30 minutes without a page view. */
    public static final Duration VISIT_GAP = Duration.ofMinutes(30);

    private record ArticleDay(LocalDate day, String slug) {}

    private record ReferrerDay(LocalDate day, String host) {}

    private record AgentDay(LocalDate day, String kind, String name) {}

    private static final Comparator<ArticleDay> ARTICLE_ORDER =
            Comparator.comparing(ArticleDay::day).thenComparing(ArticleDay::slug);
    private static final Comparator<ReferrerDay> REFERRER_ORDER =
            Comparator.comparing(ReferrerDay::day).thenComparing(ReferrerDay::host);
    private static final Comparator<AgentDay> AGENT_ORDER =
            Comparator.comparing(AgentDay::day).thenComparing(AgentDay::kind).thenComparing(AgentDay::name);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ZoneId zone;

    StatsFlusher(JdbcTemplate jdbc, TransactionTemplate transactions, PortalProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.zone = properties.timeZone();
    }

    public void write(List<PageView> batch) {
        transactions.executeWithoutResult(tx -> writeInTransaction(batch));
    }

    private void writeInTransaction(List<PageView> batch) {
        Map<LocalDate, long[]> days = new TreeMap<>(); // visits, page views, bot views
        Map<Instant, long[]> hours = new TreeMap<>(); // visits, page views
        // counted in hash maps (a batch holds thousands of views of a few keys), written in a stable order
        Map<ArticleDay, Long> articles = new HashMap<>();
        Map<ReferrerDay, Long> referrers = new HashMap<>();
        Map<AgentDay, Long> agents = new HashMap<>();
        long visits = 0;
        long pageViews = 0;
        long botViews = 0;

        Map<String, List<PageView>> byVisitor = new TreeMap<>();
        for (PageView view : batch) {
            LocalDate day = view.at().atZone(zone).toLocalDate();
            if (view.bot()) {
                days.computeIfAbsent(day, d -> new long[3])[2]++;
                botViews++;
                continue;
            }
            byVisitor
                    .computeIfAbsent(view.visitorHash(), h -> new ArrayList<>())
                    .add(view);
            days.computeIfAbsent(day, d -> new long[3])[1]++;
            hours.computeIfAbsent(view.at().truncatedTo(ChronoUnit.HOURS), h -> new long[2])[1]++;
            pageViews++;
            if (view.articleSlug() != null) {
                articles.merge(new ArticleDay(day, view.articleSlug()), 1L, Long::sum);
            }
            if (view.referrerHost() != null) {
                referrers.merge(new ReferrerDay(day, view.referrerHost()), 1L, Long::sum);
            }
            agents.merge(new AgentDay(day, "BROWSER", view.browser()), 1L, Long::sum);
            agents.merge(new AgentDay(day, "OS", view.os()), 1L, Long::sum);
            agents.merge(new AgentDay(day, "DEVICE", view.device()), 1L, Long::sum);
        }

        Map<String, Instant> lastSeen = lockLastSeen(byVisitor.keySet());
        for (Map.Entry<String, List<PageView>> visitor : byVisitor.entrySet()) {
            List<PageView> views = visitor.getValue();
            views.sort(Comparator.comparing(PageView::at));
            Instant previous = lastSeen.get(visitor.getKey());
            boolean known = previous != null;
            for (PageView view : views) {
                if (previous == null || Duration.between(previous, view.at()).compareTo(VISIT_GAP) > 0) {
                    days.computeIfAbsent(view.at().atZone(zone).toLocalDate(), d -> new long[3])[0]++;
                    hours.computeIfAbsent(view.at().truncatedTo(ChronoUnit.HOURS), h -> new long[2])[0]++;
                    visits++;
                }
                if (previous == null || view.at().isAfter(previous)) {
                    previous = view.at();
                }
            }
            if (known) {
                jdbc.update(
                        "update stats_visitor set last_seen = ? where visitor_hash = ?",
                        Timestamp.from(previous),
                        visitor.getKey());
            } else {
                // Another node inserting the same new visitor at the same time makes this fail: the
                // transaction is rolled back and retried, and then sees the other node's row.
                jdbc.update(
                        "insert into stats_visitor (visitor_hash, last_seen) values (?, ?)",
                        visitor.getKey(),
                        Timestamp.from(previous));
            }
        }

        for (Map.Entry<LocalDate, long[]> day : days.entrySet()) {
            long[] c = day.getValue();
            increment(
                    "update stats_day set visits = visits + ?, page_views = page_views + ?, bot_views = bot_views + ? where stat_day = ?",
                    "insert into stats_day (visits, page_views, bot_views, stat_day) values (?, ?, ?, ?)",
                    c[0],
                    c[1],
                    c[2],
                    day.getKey());
        }
        for (Map.Entry<Instant, long[]> hour : hours.entrySet()) {
            long[] c = hour.getValue();
            increment(
                    "update stats_hour set visits = visits + ?, page_views = page_views + ? where hour_start = ?",
                    "insert into stats_hour (visits, page_views, hour_start) values (?, ?, ?)",
                    c[0],
                    c[1],
                    Timestamp.from(hour.getKey()));
        }
        inOrder(articles, ARTICLE_ORDER)
                .forEach(e -> increment(
                        "update stats_article_day set views = views + ? where stat_day = ? and article_slug = ?",
                        "insert into stats_article_day (views, stat_day, article_slug) values (?, ?, ?)",
                        e.getValue(),
                        e.getKey().day(),
                        e.getKey().slug()));
        inOrder(referrers, REFERRER_ORDER)
                .forEach(e -> increment(
                        "update stats_referrer_day set views = views + ? where stat_day = ? and host = ?",
                        "insert into stats_referrer_day (views, stat_day, host) values (?, ?, ?)",
                        e.getValue(),
                        e.getKey().day(),
                        e.getKey().host()));
        inOrder(agents, AGENT_ORDER)
                .forEach(e -> increment(
                        "update stats_agent_day set views = views + ? where stat_day = ? and kind = ? and name = ?",
                        "insert into stats_agent_day (views, stat_day, kind, name) values (?, ?, ?, ?)",
                        e.getValue(),
                        e.getKey().day(),
                        e.getKey().kind(),
                        e.getKey().name()));
        jdbc.update(
                "update stats_total set visits = visits + ?, page_views = page_views + ?, bot_views = bot_views + ? where id = 1",
                visits,
                pageViews,
                botViews);
    }

    /** Rows are updated in the same order on every node, so that two nodes never wait for each other's rows. */
    private static <K> List<Map.Entry<K, Long>> inOrder(Map<K, Long> counts, Comparator<K> order) {
        List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.comparingByKey(order));
        return entries;
    }

    /** Reads and locks the last-seen rows of these visitors (in a stable order, against deadlocks between nodes). */
    private Map<String, Instant> lockLastSeen(Set<String> hashes) {
        Map<String, Instant> found = new HashMap<>();
        List<String> sorted = new ArrayList<>(hashes);
        Collections.sort(sorted);
        for (int from = 0; from < sorted.size(); from += 500) {
            List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + 500));
            String marks = chunk.stream().map(h -> "?").collect(Collectors.joining(","));
            jdbc.query(
                    "select visitor_hash, last_seen from stats_visitor where visitor_hash in (" + marks
                            + ") order by visitor_hash for update",
                    rs -> {
                        found.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    },
                    chunk.toArray());
        }
        return found;
    }

    /** Adds to a counter row, creating it when it is the first count of its day, hour or name. */
    private void increment(String update, String insert, Object... args) {
        if (jdbc.update(update, args) == 0) {
            jdbc.update(insert, args);
        }
    }

    /** Forgets visitors not seen for two days (their hashes are of old salts anyway) and hourly rows past 48 hours. */
    public void prune(Instant now) {
        jdbc.update("delete from stats_visitor where last_seen < ?", Timestamp.from(now.minus(Duration.ofDays(2))));
        jdbc.update("delete from stats_hour where hour_start < ?", Timestamp.from(now.minus(Duration.ofHours(49))));
    }
}

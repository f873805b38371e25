package vn.htx.portal.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.htx.portal.PortalProperties;

/**
 * The current figures. They are read from the database at most twice a second per node and shared
 * by all requests in between: the block costs a page almost nothing, and what it shows is never
 * more than the flush interval plus half a second old.
 */
@Service
public class StatsApi {

    static final Duration FRESHNESS = Duration.ofMillis(500);
    static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);

    private record Cached(Instant at, StatsSnapshot snapshot) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PortalProperties properties;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    StatsApi(JdbcTemplate jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public StatsSnapshot snapshot() {
        Instant now = clock.instant();
        Cached known = cached.get();
        if (known != null && Duration.between(known.at(), now).compareTo(FRESHNESS) < 0) {
            return known.snapshot();
        }
        StatsSnapshot fresh = read(now);
        cached.set(new Cached(now, fresh));
        return fresh;
    }

    private StatsSnapshot read(Instant now) {
        LocalDate today = now.atZone(properties.timeZone()).toLocalDate();
        long online = jdbc.queryForObject(
                "select count(*) from stats_visitor where last_seen >= ?",
                Long.class,
                Timestamp.from(now.minus(ONLINE_WINDOW)));
        long visitsToday = visitsOn(today);
        long visitsYesterday = visitsOn(today.minusDays(1));
        long month = jdbc.queryForObject(
                "select coalesce(sum(visits), 0) from stats_day where stat_day between ? and ?",
                Long.class,
                today.withDayOfMonth(1),
                today);
        return jdbc.queryForObject(
                "select legacy_total + visits, page_views from stats_total where id = 1",
                (rs, n) ->
                        new StatsSnapshot(online, visitsToday, visitsYesterday, month, rs.getLong(1), rs.getLong(2)));
    }

    private long visitsOn(LocalDate day) {
        return jdbc.queryForList("select visits from stats_day where stat_day = ?", Long.class, day).stream()
                .findFirst()
                .orElse(0L);
    }
}

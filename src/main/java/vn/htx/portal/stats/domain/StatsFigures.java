package vn.htx.portal.stats.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.htx.portal.stats.StatsSnapshot;

/** The queries of the live figures: who is online, today, yesterday, this month and the total. */
@Repository
public class StatsFigures {

    private final JdbcTemplate jdbc;

    StatsFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures at {@code now}: online within {@code onlineWindow}, today and the month in {@code zone}. */
    public StatsSnapshot read(Instant now, ZoneId zone, Duration onlineWindow) {
        LocalDate today = now.atZone(zone).toLocalDate();
        long online = jdbc.queryForObject(
                "select count(*) from stats_visitor where last_seen >= ?",
                Long.class,
                Timestamp.from(now.minus(onlineWindow)));
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

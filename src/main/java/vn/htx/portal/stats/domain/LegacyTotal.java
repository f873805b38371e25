package vn.htx.portal.stats.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.stats.LegacyTotalSet;

/** The visitor total imported from the site the portal replaced; every change of it is audited. */
@Service
public class LegacyTotal {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    LegacyTotal(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public long current() {
        return jdbc.queryForObject("select legacy_total from stats_total where id = 1", Long.class);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void set(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative total");
        }
        long before = jdbc.queryForObject("select legacy_total from stats_total where id = 1 for update", Long.class);
        jdbc.update("update stats_total set legacy_total = ? where id = 1", value);
        events.publishEvent(new LegacyTotalSet(before, value));
    }
}

package vn.htx.portal.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.stats.domain.StatsFigures;

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

    private final StatsFigures figures;
    private final Clock clock;
    private final PortalProperties properties;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    StatsApi(StatsFigures figures, Clock clock, PortalProperties properties) {
        this.figures = figures;
        this.clock = clock;
        this.properties = properties;
    }

    public StatsSnapshot snapshot() {
        Instant now = clock.instant();
        Cached known = cached.get();
        if (known != null && Duration.between(known.at(), now).compareTo(FRESHNESS) < 0) {
            return known.snapshot();
        }
        StatsSnapshot fresh = figures.read(now, properties.timeZone(), ONLINE_WINDOW);
        cached.set(new Cached(now, fresh));
        return fresh;
    }
}

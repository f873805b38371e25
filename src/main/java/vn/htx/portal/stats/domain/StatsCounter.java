package vn.htx.portal.stats.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.shared.PeriodicWrites;

/**
 * Counting off the request's critical path: a page view is only added to an in-memory queue; a
 * background thread writes the queue to the database every {@code portal.stats.flush-interval}
 * (200 ms), in one transaction. A batch that
 * cannot be written stays in memory and is tried again. The counter stops after the web server
 * (a lower lifecycle phase), so a graceful stop writes the very last requests too.
 */
@Component
public class StatsCounter {

    private static final Logger log = LoggerFactory.getLogger(StatsCounter.class);

    private static final int ATTEMPTS = 5;

    private final ConcurrentLinkedQueue<PageView> queue = new ConcurrentLinkedQueue<>();
    private final List<PageView> pending = new ArrayList<>();
    private final StatsFlusher flusher;
    private final Clock clock;
    private Instant lastPrune = Instant.EPOCH;

    StatsCounter(StatsFlusher flusher, Clock clock, PeriodicWrites writes, PortalProperties properties) {
        this.flusher = flusher;
        this.clock = clock;
        writes.register(this::flushQuietly, properties.stats().flushInterval());
    }

    public void record(PageView view) {
        queue.add(view);
    }

    /** Writes everything counted so far; returns how many views were written. Safe to call at any time. */
    public synchronized int flush() {
        for (PageView view; (view = queue.poll()) != null; ) {
            pending.add(view);
        }
        if (pending.isEmpty()) {
            return 0;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                flusher.write(pending);
                int written = pending.size();
                pending.clear();
                log.debug("Wrote {} page views", written);
                pruneHourly();
                return written;
            } catch (DataAccessException e) {
                // Typically another node inserting the same new visitor or day: run the batch again.
                log.debug("Statistics flush attempt {} failed: {}", attempt, e.toString());
            }
        }
        log.warn("Could not write {} page views to the database; keeping them for the next flush", pending.size());
        return 0;
    }

    private void pruneHourly() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).toHours() >= 1) {
            lastPrune = now;
            try {
                flusher.prune(now);
            } catch (DataAccessException e) {
                log.debug("Pruning statistics failed: {}", e.toString());
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Statistics flush failed: {}", e.toString());
        }
    }
}

package vn.htx.portal.search.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.htx.portal.search.IndexRebuildStarted;

/**
 * Rebuilds the search index from the database: on demand from the back office, and by itself at
 * start-up when the index does not hold what the database holds (a new or deleted index directory,
 * rows loaded by SQL). Searches keep working during a rebuild, on what is indexed so far.
 */
@Component
public class IndexRebuild {

    /** Where a rebuild stands; {@code total} is known once the rebuild has counted its work. */
    public record Progress(
            boolean running, long done, long total, Instant startedAt, Instant finishedAt, boolean failed) {

        public int percent() {
            if (total <= 0) {
                return running ? 0 : 100;
            }
            return (int) Math.min(100, done * 100 / total);
        }
    }

    /** How many items of each kind the index and the database hold. */
    public record Coverage(String entity, long indexed, long stored) {}

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile Progress last = new Progress(false, 0, 0, null, null, false);

    IndexRebuild(EntityManagerFactory entityManagerFactory, Clock clock, ApplicationEventPublisher events) {
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
        this.clock = clock;
    }

    public Progress progress() {
        Progress p = last;
        return p.running() ? new Progress(true, done.get(), total.get(), p.startedAt(), null, false) : p;
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean start() {
        if (last.running()) {
            return false;
        }
        done.set(0);
        total.set(0);
        Instant started = clock.instant();
        last = new Progress(true, 0, 0, started, null, false);
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        log.info("Rebuilding the search index");
        mapping.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                // one segment per index afterwards: fewer, larger segments answer faster
                .mergeSegmentsOnFinish(true)
                .monitor(new Monitor())
                .start()
                .whenComplete((result, failure) -> finish(started, failure));
        events.publishEvent(new IndexRebuildStarted());
        return true;
    }

    private synchronized void finish(Instant started, Throwable failure) {
        if (failure != null) {
            log.error("Rebuilding the search index failed", failure);
        } else {
            log.info("Search index rebuilt: {} items", done.get());
        }
        last = new Progress(false, done.get(), total.get(), started, clock.instant(), failure != null);
    }

    /** For each indexed kind, what the index holds against what the database holds. */
    public List<Coverage> coverage() {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            return Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                    .map(entity -> new Coverage(
                            entity.jpaName(),
                            session.search(entity.javaClass())
                                    .where(f -> f.matchAll())
                                    .fetchTotalHitCount(),
                            stored(em, entity)))
                    .toList();
        }
    }

    private static long stored(EntityManager em, SearchIndexedEntity<?> entity) {
        return em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                .getSingleResult();
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfMissing() {
        boolean incomplete = coverage().stream().anyMatch(c -> c.indexed() != c.stored());
        if (incomplete) {
            log.info("The search index does not match the database; building it");
            start();
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            context.totalCount().ifPresent(total::addAndGet);
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void documentsIndexed(long increment) {}

                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext context) {}

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext context) {}
            };
        }

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}

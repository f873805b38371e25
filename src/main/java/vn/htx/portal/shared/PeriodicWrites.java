package vn.htx.portal.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the registered write tasks (counters kept in memory) every second, or at their own interval,
 * and once more when the application stops, after the web server has finished its last requests.
 */
@Component
public class PeriodicWrites implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicWrites.class);

    /** Below the web server's lifecycle phases: starts before it, stops after it. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private record Task(Runnable run, Duration every) {}

    private static final Duration EVERY_SECOND = Duration.ofSeconds(1);

    private final List<Task> tasks = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    /** Runs {@code task} every second. Register before the application has started. */
    public void register(Runnable task) {
        register(task, EVERY_SECOND);
    }

    /** Runs {@code task} at this interval. Register before the application has started. */
    public void register(Runnable task, Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("A periodic write needs a positive interval: " + every);
        }
        tasks.add(new Task(task, every));
    }

    public void runAll() {
        for (Task task : tasks) {
            runQuietly(task.run());
        }
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("A periodic write failed; its counts are kept for the next run: {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "periodic-writes");
            thread.setDaemon(true);
            return thread;
        });
        for (Task task : tasks) {
            long millis = task.every().toMillis();
            scheduler.scheduleWithFixedDelay(() -> runQuietly(task.run()), millis, millis, TimeUnit.MILLISECONDS);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runAll();
        log.info("Wrote the last counts before stopping");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}

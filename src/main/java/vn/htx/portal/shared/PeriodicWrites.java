package vn.htx.portal.shared;

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
 * Runs the registered write tasks (counters kept in memory) every second, and once more when the
 * application stops, after the web server has finished its last requests.
 */
@Component
public class PeriodicWrites implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicWrites.class);

    /** Below the web server's lifecycle phases: starts before it, stops after it. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public void register(Runnable task) {
        tasks.add(task);
    }

    public void runAll() {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("A periodic write failed; its counts are kept for the next run: {}", e.toString());
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "periodic-writes");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runAll, 1, 1, TimeUnit.SECONDS);
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

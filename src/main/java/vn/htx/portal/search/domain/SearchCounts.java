package vn.htx.portal.search.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that count results by kind and year beside the ranked search: as many as a small
 * server has cores. A bean of its own, so they are shut down with the application (a count under
 * way may finish) instead of being left to the JVM's exit. Not an {@code Executor} bean on purpose:
 * one would replace Spring Boot's application task executor.
 */
@Component
public class SearchCounts implements DisposableBean {

    private final ExecutorService threads =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "search-counts");
                thread.setDaemon(true);
                return thread;
            });

    public <T> CompletableFuture<T> count(Supplier<T> counting) {
        return CompletableFuture.supplyAsync(counting, threads);
    }

    @Override
    public void destroy() throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }
}

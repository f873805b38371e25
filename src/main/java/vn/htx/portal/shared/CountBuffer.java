package vn.htx.portal.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts per id in memory (views of an article, of a document), to be written in one go by a
 * {@link PeriodicWrites} task instead of one database write per request.
 */
public final class CountBuffer {

    private final ConcurrentHashMap<Long, LongAdder> counts = new ConcurrentHashMap<>();

    public void increment(long id) {
        counts.computeIfAbsent(id, key -> new LongAdder()).increment();
    }

    /** Not yet written counts of {@code id}, so a page can show its own view at once. */
    public long pending(long id) {
        LongAdder adder = counts.get(id);
        return adder == null ? 0 : adder.sum();
    }

    /** Takes everything counted so far. Counts made while draining stay for the next drain. */
    public Map<Long, Long> drain() {
        Map<Long, Long> taken = new HashMap<>();
        for (Long id : counts.keySet()) {
            LongAdder adder = counts.remove(id);
            if (adder != null && adder.sum() > 0) {
                taken.merge(id, adder.sum(), Long::sum);
            }
        }
        return taken;
    }

    /**
     * Writes everything counted so far in one transaction, {@code add} being called with each id
     * and its count; if the transaction fails, the counts go back into the buffer for the next try.
     */
    public void writeWith(TransactionTemplate transactions, BiConsumer<Long, Long> add) {
        Map<Long, Long> taken = drain();
        if (taken.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(tx -> taken.forEach(add));
        } catch (RuntimeException e) {
            restore(taken);
            throw e;
        }
    }

    /** Puts counts back after a failed write, so that none is lost. */
    private void restore(Map<Long, Long> taken) {
        taken.forEach(
                (id, n) -> counts.computeIfAbsent(id, key -> new LongAdder()).add(n));
    }
}

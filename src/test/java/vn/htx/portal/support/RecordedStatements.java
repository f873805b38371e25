package vn.htx.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The most recent SQL statements Hibernate sent, with the thread that sent each, for tests that look
 * at what a page asked the database (and only that page: background writers run on their own
 * threads at any time).
 */
public class RecordedStatements implements StatementInspector {

    private static final int KEPT = 500;
    private static final ConcurrentLinkedDeque<String> recent = new ConcurrentLinkedDeque<>();
    private static final ConcurrentLinkedDeque<String> threads = new ConcurrentLinkedDeque<>();

    @Override
    public String inspect(String sql) {
        threads.addLast(Thread.currentThread().getName());
        while (threads.size() > KEPT) {
            threads.pollFirst();
        }
        recent.addLast(sql);
        while (recent.size() > KEPT) {
            recent.pollFirst();
        }
        return sql;
    }

    public static void clear() {
        recent.clear();
        threads.clear();
    }

    /** How many statements were sent since {@link #clear()} by the web server's request threads. */
    public static long sentByRequestThreads() {
        return threads.stream().filter(name -> name.contains("-exec-")).count();
    }

    public static List<String> all() {
        return new ArrayList<>(recent);
    }
}

package vn.htx.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** The most recent SQL statements Hibernate sent, for tests that look at what a page asked the database. */
public class RecordedStatements implements StatementInspector {

    private static final int KEPT = 500;
    private static final ConcurrentLinkedDeque<String> recent = new ConcurrentLinkedDeque<>();

    @Override
    public String inspect(String sql) {
        recent.addLast(sql);
        while (recent.size() > KEPT) {
            recent.pollFirst();
        }
        return sql;
    }

    public static void clear() {
        recent.clear();
    }

    public static List<String> all() {
        return new ArrayList<>(recent);
    }
}

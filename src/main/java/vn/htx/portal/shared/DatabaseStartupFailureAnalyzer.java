package vn.htx.portal.shared;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "the database cannot be reached or migrated" into one clear message for the operator at
 * start-up, instead of pages of stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        FlywayException migration = findCause(failure, FlywayException.class);
        SQLException connection = findCause(failure, SQLException.class);
        if (connection != null && isConnectionProblem(connection)) {
            return new FailureAnalysis(
                    "The portal could not connect to its database: " + firstLine(connection),
                    "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,"
                            + " that the database server is running and reachable, and, for the embedded"
                            + " database, that PORTAL_DATA_DIR is writable and not used by another running portal.",
                    connection);
        }
        if (migration != null) {
            return new FailureAnalysis(
                    "The portal could not migrate its database schema: " + firstLine(migration),
                    "The database holds a schema the portal does not recognise, or a migration failed half-way."
                            + " Restore the database from a backup, or point SPRING_DATASOURCE_URL at an empty"
                            + " database, then start the portal again.",
                    migration);
        }
        return null;
    }

    /**
     * SQL states of class 08 (connection exception) and 28 (invalid authorisation), PostgreSQL's
     * "database does not exist" and H2's "database in use" / "cannot open".
     */
    private static boolean isConnectionProblem(SQLException sql) {
        for (Throwable t = sql; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                String state = e.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("28")
                        || state.equals("3D000")
                        || state.equals("90020")
                        || state.equals("90028")
                        || state.equals("90046")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The failure's own first line: drivers put the useful sentence there and the details after it. */
    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getCause() != null && failure.getCause() != failure
                    ? firstLine(failure.getCause())
                    : failure.getClass().getSimpleName();
        }
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(message);
    }
}

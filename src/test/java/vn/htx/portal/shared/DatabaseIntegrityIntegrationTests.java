package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.htx.portal.support.PortalIntegrationTest;

/**
 * The schema keeps checking what it promises for as long as the portal runs, whichever pooled
 * connection ran the migrations. {@link DatabaseIntegrityPostgresIntegrationTests} runs the same on
 * PostgreSQL.
 */
class DatabaseIntegrityIntegrationTests extends PortalIntegrationTest {

    /** Every table with a CHECK on a list of values, with a column and a value the list refuses. */
    private static final String[][] LISTED_VALUES = {
        {"article", "status"},
        {"announcement", "status"},
        {"legal_document", "status"},
        {"app_user", "role"},
        {"document_term", "kind"},
    };

    @Autowired
    private DataSource dataSource;

    @Test
    void constraintsStillWorkAfterThePoolRetiredTheConnectionThatMigrated() throws SQLException {
        // what the pool does after a connection's maximum lifetime (30 minutes), done now: the
        // connection that ran the migrations and first checked the constraints is closed
        List<String> before = sessionIds();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        // the pool closes them on a thread of its own: wait until the database has let them go
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(sessionIds()).doesNotContainAnyElementsOf(before));

        for (String[] listed : LISTED_VALUES) {
            String table = listed[0];
            String column = listed[1];
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .as("demo rows in %s", table)
                    .isPositive();
            // every row is checked again by an update; a valid value is still accepted...
            jdbc.update("update " + table + " set " + column + " = " + column);
            // ...and an invalid one still refused
            assertThatThrownBy(() -> jdbc.update("update " + table + " set " + column + " = 'NOT_A_VALUE' where id = "
                            + "(select min(id) from " + table + ")"))
                    .as("%s.%s refuses a value outside its list", table, column)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    /** The database's own ids (with start time: ids are reused) of the connections open now. */
    private List<String> sessionIds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String sql = product.contains("H2")
                    ? "select session_id || '@' || session_start from information_schema.sessions"
                    : "select pid || '@' || backend_start from pg_stat_activity where datname = current_database()";
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(sql)) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }

    @Test
    void noCheckConstraintIsWrittenAsAnInList() {
        // H2 keeps the creating session in an IN list (see V8): new constraints use = ANY (ARRAY[...])
        var clauses = jdbc.queryForList(
                "select constraint_name || ': ' || check_clause from information_schema.check_constraints",
                String.class);
        assertThat(clauses).isNotEmpty();
        assertThat(clauses)
                .noneMatch(clause -> clause.toUpperCase().replace(" ", "").contains("IN("))
                .noneMatch(clause -> clause.toUpperCase().matches(".*=\\s*'[^']*'\\s*OR\\s.*=\\s*'.*"));
    }
}

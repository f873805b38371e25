package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as a fresh installation meets it: the migrations run on a pooled
 * connection, which later checks a row and is then retired by the pool (after its maximum lifetime,
 * 30 minutes in production; closed here at once). Every constraint must keep working on the
 * connections that remain.
 */
class MigratedConstraintsTests {

    @TempDir
    Path dir;

    @Test
    void constraintsKeepWorkingAfterTheConnectionThatMigratedIsClosed() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("portal")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        try (Connection survivor = DriverManager.getConnection(url, "sa", "")) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername("sa");
            config.setMaximumPoolSize(2);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration", "classpath:db/h2")
                        .load()
                        .migrate();
                try (Connection first = pool.getConnection();
                        Statement statement = first.createStatement()) {
                    statement.execute("insert into app_user (username, display_name, password_hash, role, "
                            + "created_at, updated_at) values ('first', 'First', 'x', 'ADMIN', now(), now())");
                }
            } // the pool closes the connection that migrated and first checked the rows

            try (Statement statement = survivor.createStatement()) {
                statement.execute("insert into app_user (username, display_name, password_hash, role, "
                        + "created_at, updated_at) values ('second', 'Second', 'x', 'EDITOR', now(), now())");
                assertThat(statement.executeUpdate("update app_user set role = role"))
                        .isEqualTo(2);
                assertThatThrownBy(() -> statement.execute("update app_user set role = 'NOBODY'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("ck_app_user_role")
                        .hasMessageContaining("violation");
            }
        }
        assertThat(Files.exists(dir.resolve("portal.mv.db"))).isTrue();
    }
}

package vn.htx.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (zonky's embedded binaries, from Maven Central) for the whole test
 * run, started on first use and stopped when the JVM exits. Each caller gets its own database.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {}

    /** Points the application under test at a new, empty database {@code name} on the shared server. */
    public static void register(DynamicPropertyRegistry registry, String name) {
        String url = newDatabase(name);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // its own search index: the H2 context of the same run keeps its index open at the same time
        Path index = createTempDirectory("portal-search-" + name);
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", index::toString);
    }

    private static Path createTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC URL of a new, empty database on the shared server. */
    public static synchronized String newDatabase(String name) {
        try {
            if (server == null) {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
            }
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary data directory goes with it
        }
    }
}

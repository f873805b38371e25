package vn.htx.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole portal on a random port, with demo content, on the embedded H2 database in file mode
 * under a fresh data directory. Subclasses that only add test methods share one Spring context; a
 * subclass that calls {@link EmbeddedPostgres#register} runs the same tests on a real PostgreSQL.
 */
@AutoConfigureMockMvc
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // every test reads what it just wrote; the one-second page memory has its own tests
            "portal.page-cache.ttl=0s",
            // the tests play the README's nginx: X-Forwarded-* headers from this machine are believed
            "portal.stats.trusted-proxies=127.0.0.1",
            "spring.jpa.properties.hibernate.session_factory.statement_inspector=vn.htx.portal.support.RecordedStatements",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"
        })
public abstract class PortalIntegrationTest {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** GET as a browser would ask for a page. */
    protected HttpResponse<String> get(String path) {
        return get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    protected HttpResponse<String> get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("htx-portal-it-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

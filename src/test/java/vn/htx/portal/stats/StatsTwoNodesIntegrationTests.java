package vn.htx.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.htx.portal.PortalApplication;
import vn.htx.portal.stats.domain.StatsCounter;
import vn.htx.portal.support.EmbeddedPostgres;

/** Two portal nodes on one PostgreSQL count into the same totals, with no visit counted twice or lost. */
class StatsTwoNodesIntegrationTests {

    private static final String BROWSER =
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

    @Test
    void twoNodesCountOneVisitPerVisitorAndEveryPageView(@TempDir Path first, @TempDir Path second) throws Exception {
        String database = EmbeddedPostgres.newDatabase("portal_two_nodes");
        try (ConfigurableApplicationContext a = node(database, first, true);
                ConfigurableApplicationContext b = node(database, second, false)) {
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            long visitsBefore = jdbc.queryForObject("select visits from stats_total", Long.class);
            long viewsBefore = jdbc.queryForObject("select page_views from stats_total", Long.class);
            List<Integer> ports = List.of(port(a), port(b));

            // 200 visitors, each seen three times, on both nodes, by 16 clients at once.
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int visitor = 0; visitor < 200; visitor++) {
                    int port = ports.get((visitor + round) % 2);
                    String userAgent = BROWSER + " node-test/" + visitor;
                    String address = "198.19.0." + (visitor + 1);
                    answers.add(clients.submit(() -> http.send(
                                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/thong-bao"))
                                            .header("User-Agent", userAgent)
                                            .header("X-Forwarded-For", address)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()));
                }
                // Both nodes write this round at the same moment, so that their batches meet in the database.
                for (Future<Integer> answer : answers) {
                    answer.get();
                }
                Future<Integer> flushA =
                        clients.submit(() -> a.getBean(StatsCounter.class).flush());
                Future<Integer> flushB =
                        clients.submit(() -> b.getBean(StatsCounter.class).flush());
                flushA.get();
                flushB.get();
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
            clients.shutdown();
            a.getBean(StatsCounter.class).flush();
            b.getBean(StatsCounter.class).flush();

            assertThat(jdbc.queryForObject("select visits from stats_total", Long.class) - visitsBefore)
                    .as("visits")
                    .isEqualTo(200);
            assertThat(jdbc.queryForObject("select page_views from stats_total", Long.class) - viewsBefore)
                    .as("page views")
                    .isEqualTo(600);
            assertThat(jdbc.queryForObject("select count(*) from stats_salt", Long.class))
                    .as("one salt shared by both nodes")
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext node(String database, Path dataDir, boolean demo) {
        return new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--server.port=0",
                        "--portal.data-dir=" + dataDir,
                        "--portal.demo-content=" + demo,
                        "--portal.stats.trusted-proxies=127.0.0.1",
                        "--portal.admin-password=Mat-khau-hai-nut-may-chu",
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

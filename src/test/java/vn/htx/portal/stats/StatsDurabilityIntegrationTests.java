package vn.htx.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stops a real portal process, as an operator or a crash would: after a graceful stop (SIGTERM)
 * nothing counted is lost; after {@code kill -9} at most the last flush interval is.
 */
class StatsDurabilityIntegrationTests {

    private static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aGracefulStopWritesEverythingCounted(@TempDir Path dataDir) throws Exception {
        Portal portal = Portal.start(dataDir);
        views(portal.port, 0, 40);
        portal.process.destroy(); // SIGTERM, at once: nothing has been flushed on purpose
        assertThat(portal.process.waitFor()).as("graceful stop").isIn(0, 143);
        assertThat(Files.readString(portal.log)).contains("Wrote the last counts before stopping");

        Portal again = Portal.start(dataDir);
        try {
            assertThat(total(again.port)).isEqualTo(40);
            assertThat(pageViews(again.port)).isEqualTo(40);
        } finally {
            again.stop();
        }
    }

    @Test
    void killDashNineLosesAtMostTheLastFlushInterval(@TempDir Path dataDir) throws Exception {
        Portal portal = Portal.start(dataDir);
        views(portal.port, 0, 30);
        // these 30 are on disk once the portal says it wrote them (its debug line per flush)
        await("30 views written")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> written(portal.log) >= 30);
        views(portal.port, 100, 20);
        portal.process.destroyForcibly(); // SIGKILL
        portal.process.waitFor();

        Portal again = Portal.start(dataDir);
        try {
            assertThat(total(again.port)).isBetween(30L, 50L);
        } finally {
            again.stop();
        }
    }

    private void views(int port, int firstVisitor, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("User-Agent", BROWSER)
                    .header("X-Forwarded-For", "198.18.1." + (firstVisitor + i + 1))
                    .GET()
                    .build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /** The page views the portal has said it wrote to its database. */
    private static long written(Path log) throws IOException {
        Matcher line = Pattern.compile("Wrote (\\d+) page views").matcher(Files.readString(log));
        long sum = 0;
        while (line.find()) {
            sum += Long.parseLong(line.group(1));
        }
        return sum;
    }

    private long total(int port) throws Exception {
        return stats(port).get("total").asLong();
    }

    private long pageViews(int port) throws Exception {
        return stats(port).get("pageViews").asLong();
    }

    private JsonNode stats(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stats"))
                .GET()
                .build();
        return JsonMapper.builder()
                .build()
                .readTree(
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The portal as its own JVM process, on the test's class path, without demo content. */
    record Portal(Process process, int port, Path log) {

        static Portal start(Path dataDir) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile(dataDir.getParent(), "portal-", ".log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            "vn.htx.portal.PortalApplication",
                            "--server.port=" + port,
                            "--portal.data-dir=" + dataDir,
                            "--portal.demo-content=false",
                            "--portal.stats.trusted-proxies=127.0.0.1",
                            "--portal.admin-password=Mat-khau-kiem-thu-ben-bi",
                            "--logging.level.vn.htx.portal.stats.domain.StatsCounter=debug",
                            "--spring.main.banner-mode=off"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the portal stopped: " + Files.readString(log));
                        }
                        HttpRequest health = HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/actuator/health"))
                                .GET()
                                .build();
                        return http.send(health, HttpResponse.BodyHandlers.ofString())
                                        .statusCode()
                                == 200;
                    });
            return new Portal(process, port, log);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    static {
        // The child JVMs need the test's class path as files; surefire's manifest-only jar carries it.
        assertThat(new File(System.getProperty("java.class.path").split(File.pathSeparator)[0]))
                .exists();
    }
}

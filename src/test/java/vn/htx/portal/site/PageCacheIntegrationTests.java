package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/**
 * The portal as it runs in production, with its one-second memory of rendered pages: what changes
 * still shows within 2 s, and the HTTP caching headers are right.
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheIntegrationTests {

    /**
     * The counter: written every 200 ms, read at most every half second, pages kept one second;
     * 1.7 s in all, plus a render. The tests allow half a second more for this shared 2-core machine.
     */
    private static final long WITHIN_MS = 2_500;

    private static final RequestPostProcessor EDITOR = StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR);
    private static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("htx-portal-cache-it-");
        registry.add("portal.data-dir", dir::toString);
    }

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UsersApi users;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", BROWSER);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", BROWSER);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Asks until {@code shown} holds, and says how long that took. */
    private long millisUntil(String path, Predicate<HttpResponse<String>> shown) throws Exception {
        long start = System.nanoTime();
        await(path)
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> shown.test(get(path)));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aPublishAnEditAndAnUnpublishShowAtOnceOnTheNodeThatMadeThem() throws Exception {
        long category =
                jdbc.queryForObject("select id from category where slug = ?", Long.class, StaffFixtures.CATEGORY);
        String before = get("/chuyen-muc/" + StaffFixtures.CATEGORY).body();
        get("/chuyen-muc/" + StaffFixtures.CATEGORY);
        assertThat(before).doesNotContain("Hợp tác xã Đông Hòa thu hoạch vụ cam");

        String location = mvc.perform(post("/quan-tri/bai-viet/moi")
                        .with(csrf())
                        .with(EDITOR)
                        .param("title", "Hợp tác xã Đông Hòa thu hoạch vụ cam")
                        .param("body", "<p>Sản lượng 300 tấn.</p>")
                        .param("categoryId", String.valueOf(category))
                        .param("action", "publish"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        // the page was kept a moment ago and is kept for a second: the change made it forgotten
        assertThat(get("/chuyen-muc/" + StaffFixtures.CATEGORY).body())
                .as("publish")
                .contains("Hợp tác xã Đông Hòa thu hoạch vụ cam");
        String slug = jdbc.queryForObject(
                "select slug from article where id = ?",
                String.class,
                Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(get("/bai-viet/" + slug).body()).contains("Sản lượng 300 tấn.");
        get("/bai-viet/" + slug);

        mvc.perform(post(location)
                .with(csrf())
                .with(EDITOR)
                .param(
                        "version",
                        String.valueOf(
                                jdbc.queryForObject("select version from article where slug = ?", Long.class, slug)))
                .param("title", "Hợp tác xã Đông Hòa thu hoạch vụ cam")
                .param("body", "<p>Sản lượng 320 tấn.</p>")
                .param("categoryId", String.valueOf(category))
                .param("action", "save"));
        assertThat(get("/bai-viet/" + slug).body()).as("edit").contains("Sản lượng 320 tấn.");

        mvc.perform(post(location + "/go-bai").with(csrf()).with(EDITOR));
        assertThat(get("/bai-viet/" + slug).statusCode()).as("unpublish").isEqualTo(404);
    }

    @Test
    void theVisitorCounterOnCachedPagesIsAtMostTwoSecondsBehind() throws Exception {
        get("/thong-bao");
        get("/thong-bao");
        String shown =
                Jsoup.parse(get("/thong-bao").body()).select("#stats-today").text();
        long today = Long.parseLong(shown.replace(".", ""));
        for (int visitor = 0; visitor < 5; visitor++) {
            http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/thong-bao"))
                            .header("User-Agent", BROWSER + " khach-moi/" + visitor + System.nanoTime())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        assertThat(millisUntil(
                        "/thong-bao",
                        r -> Long.parseLong(Jsoup.parse(r.body())
                                        .select("#stats-today")
                                        .text()
                                        .replace(".", ""))
                                >= today + 5))
                .isLessThan(WITHIN_MS);
    }

    @Test
    void publicPagesRevalidateWithAnETagAndAreGzippedForClientsThatAcceptIt() throws Exception {
        HttpResponse<String> first = get("/van-ban");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> again = get("/van-ban", "If-None-Match", etag);
        assertThat(again.statusCode()).isIn(200, 304);
        // while the page is unchanged (within its second) the browser is told to keep its copy
        HttpResponse<String> quick = get(
                "/van-ban",
                "If-None-Match",
                get("/van-ban").headers().firstValue("ETag").orElseThrow());
        assertThat(quick.statusCode()).isEqualTo(304);
        assertThat(quick.body()).isEmpty();

        HttpResponse<byte[]> gzip = getBytes("/van-ban", "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.body()[0]).isEqualTo((byte) 0x1f);
        assertThat(gzip.body().length).isLessThan(first.body().length() / 3);

        HttpResponse<String> backOffice = get("/dang-nhap");
        assertThat(backOffice.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void assetsWithTheirContentHashInTheNameAreImmutable() throws Exception {
        String css = Jsoup.parse(get("/").body()).select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/assets/css/site-[0-9a-f]{32}\\.css");
        assertThat(get(css).headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(get("/assets/css/site.css").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("immutable"));
        assertThat(get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
    }
}

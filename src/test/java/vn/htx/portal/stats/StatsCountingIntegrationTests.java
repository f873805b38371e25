package vn.htx.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.htx.portal.stats.domain.AgentsPerAddress;
import vn.htx.portal.support.PortalIntegrationTest;

/** Counting over real HTTP, with the real one-second flush: exact under concurrent load, bots apart. */
class StatsCountingIntegrationTests extends PortalIntegrationTest {

    static final String BROWSER =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private StatsApi stats;

    /** A page view from this test's own address (documentation range), through the trusted proxy. */
    private int view(String path, String userAgent) throws Exception {
        return view(path, userAgent, "192.0.2.250");
    }

    /** A page view from {@code address}, as the README's nginx forwards it (X-Forwarded-For from 127.0.0.1). */
    private int view(String path, String userAgent, String address) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("User-Agent", userAgent)
                .header("X-Forwarded-For", address)
                .header("Accept", "text/html")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode api() throws Exception {
        HttpResponse<String> response = get("/api/v1/stats", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        return json.readTree(response.body());
    }

    /** Waits until the figures stop moving (flushed, and past the snapshot's one-second cache). */
    private JsonNode settled() throws Exception {
        JsonNode[] last = {api()};
        await().atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ofMillis(2500))
                .pollInterval(Duration.ofMillis(1200))
                .until(() -> {
                    JsonNode now = api();
                    boolean stable = now.equals(last[0]);
                    last[0] = now;
                    return stable;
                });
        return last[0];
    }

    @Test
    void sixteenClientsCountExactlyAndBotsAreCountedApart() throws Exception {
        JsonNode before = settled();
        assertThat(before.propertyNames())
                .containsExactlyInAnyOrder("online", "today", "yesterday", "thisMonth", "total", "pageViews");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        List<String> pages = List.of(
                "/",
                "/chuyen-muc/khen-thuong-xu-phat",
                "/van-ban",
                "/thong-bao",
                "/bai-viet/day-manh-cong-tac-thi-dua-khen-thuong-tao-dong-luc-thuc-day-phat-trien-kinh-te-tap-the-hop-tac-xa");
        for (int visitor = 0; visitor < 300; visitor++) {
            // 300 people, each from an address of their own, most with the same browser
            String userAgent = visitor % 3 == 0 ? BROWSER : BROWSER + " visitor/" + visitor;
            String address = "198.18." + (visitor / 250) + "." + (visitor % 250 + 1);
            String page = pages.get(visitor % pages.size());
            answers.add(clients.submit(() -> view(page, userAgent, address)));
        }
        for (int i = 0; i < 200; i++) {
            String page = pages.get(i % pages.size());
            answers.add(clients.submit(() -> view(page, BROWSER + " loyal-reader")));
        }
        for (int i = 0; i < 50; i++) {
            answers.add(clients.submit(() -> view("/", GOOGLEBOT)));
        }
        // Neither of these is a page view: an asset, a feed, a 404 and the back office.
        answers.add(clients.submit(() -> view("/assets/css/site.css", BROWSER + " asset")));
        answers.add(clients.submit(() -> view("/rss.xml", BROWSER + " feed")));
        answers.add(clients.submit(() -> view("/khong-co-trang-nay", BROWSER + " lost")));
        answers.add(clients.submit(() -> view("/dang-nhap", BROWSER + " staff")));
        for (Future<Integer> answer : answers.subList(0, 550)) {
            assertThat(answer.get()).isEqualTo(200);
        }
        clients.shutdown();

        JsonNode after = settled();
        assertThat(after.get("total").asLong() - before.get("total").asLong())
                .as("visits")
                .isEqualTo(301);
        assertThat(after.get("pageViews").asLong() - before.get("pageViews").asLong())
                .as("page views")
                .isEqualTo(500);
        assertThat(after.get("today").asLong() - before.get("today").asLong()).isEqualTo(301);
        assertThat(after.get("thisMonth").asLong() - before.get("thisMonth").asLong())
                .isEqualTo(301);
        assertThat(after.get("online").asLong()).isGreaterThanOrEqualTo(301);
        assertThat(jdbc.queryForObject("select bot_views from stats_total", Long.class))
                .isGreaterThanOrEqualTo(50);
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(views), 0) from stats_agent_day where kind = 'BROWSER' and name = 'Chrome'",
                        Long.class))
                .isGreaterThanOrEqualTo(500);
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(views), 0) from stats_article_day where article_slug like 'day-manh-cong-tac-thi-dua%'",
                        Long.class))
                .isGreaterThanOrEqualTo(100);
        // Nothing that could identify a visitor is stored: hashes only.
        assertThat(jdbc.queryForList("select visitor_hash from stats_visitor", String.class))
                .allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{32}"));
    }

    @Test
    void oneAddressRotatingItsUserAgentCountsAtMostItsLimitWhileASharedOfficeAddressCountsItsPeople() throws Exception {
        JsonNode before = settled();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String userAgent = BROWSER + " flood/" + i;
            answers.add(clients.submit(() -> view("/thong-bao", userAgent, "203.0.113.99")));
        }
        for (int person = 0; person < 40; person++) {
            String userAgent = BROWSER.replace("Chrome/131.0", "Chrome/131.0." + person);
            answers.add(clients.submit(() -> view("/van-ban", userAgent, "203.0.113.100")));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        clients.shutdown();

        JsonNode after = settled();
        assertThat(after.get("pageViews").asLong() - before.get("pageViews").asLong())
                .as("every page view is still counted")
                .isEqualTo(1_040);
        assertThat(after.get("total").asLong() - before.get("total").asLong())
                .as(
                        "visits: the flood's first %d agents and one more, and the office's 40 people",
                        AgentsPerAddress.MAX_AGENTS)
                .isEqualTo(AgentsPerAddress.MAX_AGENTS + 1 + 40);
    }

    @Test
    void theSidebarShowsTheFiguresOfTheApi() throws Exception {
        view("/thong-bao", BROWSER + " sidebar-reader");
        JsonNode figures = settled();
        String html = get("/thong-bao").body();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#stats-total").text())
                .isEqualTo(String.format("%,d", figures.get("total").asLong()).replace(',', '.'));
        assertThat(page.select("#stats-today").text())
                .isEqualTo(String.format("%,d", figures.get("today").asLong()).replace(',', '.'));
        assertThat(Long.parseLong(page.select("#stats-online").text().replace(".", "")))
                .isGreaterThanOrEqualTo(1);
        assertThat(stats.snapshot().total()).isEqualTo(figures.get("total").asLong());
    }
}

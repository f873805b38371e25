package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.RecordedStatements;

/** The public site as a visitor meets it, over HTTP, on the embedded database with demo content. */
class PublicSiteIntegrationTests extends PortalIntegrationTest {

    static final String SEED_ARTICLE =
            "day-manh-cong-tac-thi-dua-khen-thuong-tao-dong-luc-thuc-day-phat-trien-kinh-te-tap-the-hop-tac-xa";
    static final String SEED_TITLE =
            "Đẩy mạnh công tác thi đua khen thưởng tạo động lực thúc đẩy phát triển kinh tế tập thể, hợp tác xã";
    static final String DEMO_DRAFT = "ke-hoach-tap-huan-nghiep-vu-ke-toan-hop-tac-xa-nam-2027-ban-nhap";

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void homeShowsTheFeaturedArticleTheLatestAndASectionPerCategory() {
        Document home = page("/");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(home.select(".featured__title").text())
                .isEqualTo(
                        "Đại hội đại biểu Liên minh Hợp tác xã tỉnh lần thứ VII, nhiệm kỳ 2026-2031 thành công tốt đẹp");
        assertThat(home.select(".latest .card")).hasSize(8);
        // a category's section shows its newest articles not already shown above it; one with none
        // left (the demo's news categories: all theirs are among the newest) has no section
        assertThat(home.select(".category-section .section-title").eachText())
                .contains("Chính sách - Pháp luật", "Khen thưởng - xử phạt");
        List<String> above =
                home.select(".featured__title a, .latest .card__title a").eachAttr("href");
        assertThat(home.select(".category-section .card__title a").eachAttr("href"))
                .isNotEmpty()
                .doesNotContainAnyElementsOf(above);
        Element rewards = home.select(".category-section").stream()
                .filter(s -> s.select(".section-title").text().equals("Khen thưởng - xử phạt"))
                .findFirst()
                .orElseThrow();
        assertThat(rewards.select(".card__title").eachText()).contains(SEED_TITLE);
        assertThat(home.text()).doesNotContain("bản nháp");
    }

    @Test
    void everyPageHasTheMenuTheFooterAndTheSettingsSiteName() {
        Document home = page("/");
        assertThat(home.select(".brand__name").text()).isEqualTo("Liên minh Hợp tác xã tỉnh");
        assertThat(home.select(".main-nav a").eachText())
                .containsSubsequence("Trang chủ", "Tin tức - Sự kiện", "Khen thưởng - xử phạt", "Văn bản", "Thông báo");
        assertThat(home.select(".site-footer").text()).contains("Số 8 đường Hùng Vương", "0200 3 800 800");
    }

    @Test
    void categoryListsItsPublishedArticlesNewestFirstWithVietnameseDates() {
        Document category = page("/chuyen-muc/khen-thuong-xu-phat");
        assertThat(category.select("h1").text()).isEqualTo("Khen thưởng - xử phạt");
        assertThat(category.select(".card__title").eachText())
                .containsExactly(
                        "Tổng kết phong trào thi đua năm 2025: 12 hợp tác xã được đề nghị tặng Bằng khen",
                        "Nhắc nhở các hợp tác xã chậm nộp báo cáo tình hình hoạt động năm 2025",
                        SEED_TITLE);
        assertThat(category.select(".card time").eachText()).containsExactly("20/01/2026", "05/11/2025", "14/08/2017");
        assertThat(category.select(".card__lead").first().text()).startsWith("Hội nghị tổng kết công tác thi đua");
        assertThat(category.select(".main-nav a[aria-current=page]").text()).isEqualTo("Khen thưởng - xử phạt");
    }

    @Test
    void categoryPagesBeyondTheLastAndUnknownCategoriesAreVietnamese404s() {
        String slug = categoryWithArticles(12);
        Document second = page("/chuyen-muc/" + slug + "?page=2");
        assertThat(second.select(".card")).hasSize(2);
        assertThat(second.select(".pagination__current").text()).isEqualTo("2");
        assertThat(page("/chuyen-muc/" + slug).select(".pagination a[rel=next]").attr("href"))
                .isEqualTo("/chuyen-muc/" + slug + "?page=2");

        for (String missing : List.of(
                "/chuyen-muc/" + slug + "?page=3",
                "/chuyen-muc/" + slug + "?page=0",
                "/chuyen-muc/khong-co-chuyen-muc-nay",
                "/bai-viet/khong-co-bai-nay",
                "/thong-bao/khong-co",
                "/van-ban/khong-co",
                "/trang-khong-ton-tai")) {
            HttpResponse<String> response = get(missing);
            assertThat(response.statusCode()).as(missing).isEqualTo(404);
            Document notFound = Jsoup.parse(response.body());
            assertThat(notFound.select("h1").text()).as(missing).isEqualTo("Không tìm thấy trang");
            assertThat(notFound.selectFirst("html").attr("lang")).isEqualTo("vi");
            assertThat(notFound.select("#block-van-ban")).as("sidebar on 404").hasSize(1);
        }
    }

    @Test
    void badInputGetsAVietnameseErrorPageWithoutTechnicalDetails() {
        HttpResponse<String> response = get("/chuyen-muc/khen-thuong-xu-phat?page=abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(response.body()).doesNotContain("Exception", "NumberFormat", "at org.");
    }

    @Test
    void articlePageShowsTheWholeArticleAndCountsItsViews() {
        Document article = page("/bai-viet/" + SEED_ARTICLE);
        assertThat(article.select("h1").text()).isEqualTo(SEED_TITLE);
        assertThat(article.select(".article__meta time").text()).isEqualTo("14/08/2017");
        assertThat(article.select(".article__lead").text()).startsWith("Ngày 10/8/2017, Liên minh Hợp tác xã tỉnh");
        assertThat(article.select(".article__body li")).hasSize(5);
        assertThat(article.select(".article__signature").text()).isEqualTo("PKH");
        assertThat(article.select(".breadcrumb a").eachAttr("href"))
                .containsExactly("/", "/chuyen-muc/khen-thuong-xu-phat");
        assertThat(article.select(".related__list a").eachText())
                .contains("Tổng kết phong trào thi đua năm 2025: 12 hợp tác xã được đề nghị tặng Bằng khen")
                .doesNotContain(SEED_TITLE);
        assertThat(article.select("button[data-print]").text()).isEqualTo("In bài viết");
        assertThat(article.select("meta[property=og:title]").attr("content")).isEqualTo(SEED_TITLE);
        assertThat(article.select("meta[property=og:url]").attr("content")).isEqualTo(url("/bai-viet/" + SEED_ARTICLE));
        assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");

        // Views are counted in memory and written within a second, in one transaction per second.
        Awaitility.await()
                .atMost(Duration.ofSeconds(3))
                .pollDelay(Duration.ofMillis(1500))
                .until(() -> true);
        long before = viewsOf(SEED_ARTICLE);
        Document again = page("/bai-viet/" + SEED_ARTICLE);
        assertThat(again.select(".article__views").text()).isEqualTo(String.valueOf(before + 1));
        Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> viewsOf(SEED_ARTICLE) == before + 1);
    }

    @Test
    void nothingUnpublishedIsVisibleEvenByDirectLink() {
        long category = jdbc.queryForObject("select id from category where slug = 'hoat-dong-htx'", Long.class);
        String scheduled = insertArticle(
                category, "PUBLISHED", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2), "Bài hẹn giờ");
        String unpublished = insertArticle(
                category, "UNPUBLISHED", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), "Bài đã gỡ");
        String pending = insertArticle(category, "PENDING", null, "Bài chờ duyệt");

        for (String slug : List.of(DEMO_DRAFT, scheduled, unpublished, pending)) {
            assertThat(get("/bai-viet/" + slug).statusCode()).as(slug).isEqualTo(404);
            assertThat(get("/chuyen-muc/hoat-dong-htx").body()).as(slug).doesNotContain(slug);
            assertThat(get("/rss.xml").body()).as(slug).doesNotContain(slug);
            assertThat(get("/chuyen-muc/hoat-dong-htx/rss.xml").body()).as(slug).doesNotContain(slug);
            assertThat(get("/sitemap.xml").body()).as(slug).doesNotContain(slug);
            assertThat(get("/").body()).as(slug).doesNotContain(slug);
        }
    }

    @Test
    void anOldSlugRedirectsPermanentlyToTheCurrentOne() {
        jdbc.update(
                "insert into article_slug_redirect (old_slug, article_id, created_at)"
                        + " select 'ky-ket-chuong-trinh-phoi-hop', id, current_timestamp from article where slug = ?",
                SEED_ARTICLE);
        HttpResponse<String> moved = get("/bai-viet/ky-ket-chuong-trinh-phoi-hop");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/bai-viet/" + SEED_ARTICLE);

        jdbc.update(
                "insert into article_slug_redirect (old_slug, article_id, created_at)"
                        + " select 'ten-cu-cua-ban-nhap', id, current_timestamp from article where slug = ?",
                DEMO_DRAFT);
        assertThat(get("/bai-viet/ten-cu-cua-ban-nhap").statusCode()).isEqualTo(404);
    }

    @Test
    void sidebarShowsTheSeedPagesThreeBlocks() {
        Document page = page("/thong-bao");
        Element documents = page.selectFirst("#block-van-ban").parent();
        assertThat(page.select("#block-van-ban").text()).isEqualTo("Văn bản mới");
        assertThat(documents.select(".doc-list__number").eachText())
                .containsExactly(
                        "4454/QĐ-BNN-VPĐP", "435/LMHTXVN-TTTT", "1490/QĐ-BKHĐ", "628- LMHTXVN/CSPT", "212/QĐ-TTg");
        assertThat(documents.select(".doc-list__date").eachText())
                .containsExactly("(24/11/2020)", "(30/06/2020)", "(17/10/2019)", "(17/10/2019)", "(19/03/2019)");
        List<String> summaries = documents.select(".doc-list__summary").eachText();
        assertThat(summaries.get(0))
                .startsWith("Quyết định ban hành Bộ tài liệu tập huấn những kiến thức cơ bản về")
                .endsWith("…");
        assertThat(summaries.get(1)).isEqualTo("Kỷ niệm ngày Hợp tác xã Quốc tế");
        assertThat(summaries.get(2))
                .startsWith("Quyết định số 1490/QĐ-BKHĐT ngày 01 tháng 10 năm 2019 của Bộ Kế hoạch")
                .endsWith("…");
        assertThat(summaries).allSatisfy(s -> assertThat(s).doesNotContain("..."));

        Element announcements = page.selectFirst("#block-thong-bao").parent();
        assertThat(page.select("#block-thong-bao").text()).isEqualTo("Thông báo");
        assertThat(announcements.select("li a").eachText())
                .hasSize(3)
                .first()
                .isEqualTo("Thông báo lịch tiếp công dân tháng 12 năm 2026");

        Element stats = page.selectFirst("#block-thong-ke").parent();
        assertThat(page.select("#block-thong-ke").text()).isEqualTo("Thống kê truy cập");
        assertThat(stats.select("dt").eachText())
                .containsExactly("Đang truy cập:", "Hôm nay:", "Hôm qua:", "Tháng này:", "Tất cả:");
        assertThat(stats.select("#stats-total").text()).matches("49\\.7\\d\\d\\.\\d{3}");
        assertThat(stats.select("#stats-online").text()).matches("\\d+");
    }

    @Test
    void announcementsHaveAListAndAPageEach() {
        Document list = page("/thong-bao");
        assertThat(list.select(".plain-list__title a").eachText()).hasSize(3);
        String href = list.select(".plain-list__title a").first().attr("href");
        Document one = page(href);
        assertThat(one.select("h1").text()).isEqualTo("Thông báo lịch tiếp công dân tháng 12 năm 2026");
        assertThat(one.select(".article__body").text()).contains("sáng thứ Năm hằng tuần");
    }

    @Test
    void documentsHaveAListAndAPageEach() {
        Document list = page("/van-ban");
        assertThat(list.select(".doc-table tbody tr")).hasSize(10);
        Document one = page("/van-ban/4454-qd-bnn-vpdp");
        assertThat(one.select("h1").text()).isEqualTo("4454/QĐ-BNN-VPĐP");
        assertThat(one.select(".fields").text()).contains("24/11/2020");
        assertThat(one.select(".doc-summary").text()).startsWith("Quyết định ban hành Bộ tài liệu tập huấn");
    }

    @Test
    void feedsAreValidRss() throws Exception {
        HttpResponse<String> site = get("/rss.xml", "application/rss+xml");
        assertThat(site.statusCode()).isEqualTo(200);
        assertThat(site.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");
        org.w3c.dom.Document rss = xml(site.body());
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(rss.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Liên minh Hợp tác xã tỉnh");
        assertThat(rss.getElementsByTagName("item").getLength()).isBetween(13, 20);
        assertThat(rss.getElementsByTagName("link").item(1).getTextContent()).startsWith(url("/bai-viet/"));

        org.w3c.dom.Document category =
                xml(get("/chuyen-muc/khen-thuong-xu-phat/rss.xml").body());
        assertThat(category.getElementsByTagName("item").getLength()).isEqualTo(3);
        assertThat(get("/chuyen-muc/khong-co/rss.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void sitemapAndRobotsGuideSearchEngines() throws Exception {
        org.w3c.dom.Document sitemap = xml(get("/sitemap.xml").body());
        String locations = sitemap.getDocumentElement().getTextContent();
        assertThat(locations)
                .contains(
                        url("/bai-viet/" + SEED_ARTICLE),
                        url("/chuyen-muc/khen-thuong-xu-phat"),
                        url("/van-ban/4454-qd-bnn-vpdp"));
        String robots = get("/robots.txt", "text/plain").body();
        assertThat(robots).contains("Disallow: /quan-tri/", "Sitemap: " + url("/sitemap.xml"));
    }

    @Test
    void onlyHealthIsPublicAmongTheOperationsEndpoints() {
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        for (String hidden :
                List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(get(hidden, "application/json").statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void noPageRefersToAnotherHost() {
        for (String path : List.of(
                "/",
                "/chuyen-muc/khen-thuong-xu-phat",
                "/bai-viet/" + SEED_ARTICLE,
                "/thong-bao",
                "/van-ban",
                "/khong-co")) {
            HttpResponse<String> response = get(path);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script[src], link[href], img[src], iframe, source[src]"))
                    .as(path)
                    .allSatisfy(e -> assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                            .as(e.outerHtml())
                            .satisfiesAnyOf(
                                    ref -> assertThat(ref).startsWith("/").doesNotStartWith("//"),
                                    ref -> assertThat(ref).startsWith(url("/"))));
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options").orElseThrow())
                    .isEqualTo("nosniff");
        }
    }

    @Test
    void categoryAndArticlePagesRunABoundedNumberOfStatements() {
        // Both first pages are full (10 articles), so both also count their totals.
        String small = categoryWithArticles(10);
        String large = categoryWithArticles(25);
        long forSmall = statementsFor("/chuyen-muc/" + small);
        long forLarge = statementsFor("/chuyen-muc/" + large);
        assertThat(forLarge).as("25 articles cost what 10 cost").isEqualTo(forSmall);
        // the frame, read again on every request here (its memory lasts portal.page-cache.ttl, 0 in
        // these tests): settings, the menus' items, categories and public pages, banners, links,
        // new documents, announcements; then the page's own statements
        assertThat(forLarge).isLessThanOrEqualTo(12);
        assertThat(statementsFor("/bai-viet/" + SEED_ARTICLE)).isLessThanOrEqualTo(12);
        // lists read their ids in index order and then one page of rows: one statement more per list
        // than reading rows directly, and none that reads every article (see ArticleRepository)
        // the home page adds its featured and newest articles, sections, newest album and video
        assertThat(statementsFor("/")).isLessThanOrEqualTo(20);
    }

    /** The statements the request for {@code path} sent (not those of background writers meanwhile). */
    private long statementsFor(String path) {
        RecordedStatements.clear();
        assertThat(get(path).statusCode()).isEqualTo(200);
        return RecordedStatements.sentByRequestThreads();
    }

    /** A category outside the menu with {@code count} articles published long ago (so they stay out of "latest"). */
    private String categoryWithArticles(int count) {
        int n = UNIQUE.incrementAndGet();
        String slug = "chuyen-muc-thu-" + n;
        jdbc.update(
                "insert into category (name, slug, sort_order, show_in_menu, created_at) values (?, ?, 999, false, current_timestamp)",
                "Chuyên mục thử " + n,
                slug);
        long id = jdbc.queryForObject("select id from category where slug = ?", Long.class, slug);
        for (int i = 0; i < count; i++) {
            insertArticle(
                    id,
                    "PUBLISHED",
                    OffsetDateTime.of(2001, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC).plusDays(i),
                    "Bài thử " + n + "." + i);
        }
        return slug;
    }

    private String insertArticle(long categoryId, String status, OffsetDateTime publishedAt, String title) {
        String slug = "bai-thu-" + UNIQUE.incrementAndGet();
        jdbc.update(
                "insert into article (category_id, title, slug, lead_text, body, status, published_at, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, current_timestamp, current_timestamp)",
                categoryId,
                title,
                slug,
                "Sa pô của " + title,
                "<p>Nội dung</p>",
                status,
                publishedAt);
        return slug;
    }

    private long viewsOf(String slug) {
        return jdbc.queryForObject("select view_count from article where slug = ?", Long.class, slug);
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    private static org.w3c.dom.Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}

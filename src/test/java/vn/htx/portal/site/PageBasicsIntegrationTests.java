package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.PortalIntegrationTest;

/**
 * What search engines, screen readers and browsers look for on every public page: one meta
 * description, headings that never skip a level, the site's icon; and small things a visitor
 * notices: the home page never shows an article twice, the login page says whose site it is.
 */
class PageBasicsIntegrationTests extends PortalIntegrationTest {

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isIn(200, 404);
        return Jsoup.parse(response.body());
    }

    private String firstLink(String listPath, String prefix) {
        Element link = page(listPath).selectFirst("main a[href^=" + prefix + "]");
        assertThat(link).as("a link to %s on %s", prefix, listPath).isNotNull();
        return link.attr("href");
    }

    private List<String> publicPages() {
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/chuyen-muc/hoat-dong-htx",
                "/van-ban",
                "/thong-bao",
                "/tim-kiem?q=h%E1%BB%A3p+t%C3%A1c+x%C3%A3",
                "/thong-ke",
                "/trang-khong-co-that"));
        paths.add(firstLink("/chuyen-muc/hoat-dong-htx", "/bai-viet/"));
        paths.add(firstLink("/van-ban", "/van-ban/"));
        paths.add(firstLink("/thong-bao", "/thong-bao/"));
        return paths;
    }

    @Test
    void everyPublicPageHasOneMetaDescriptionAndHeadingsThatNeverSkipALevel() {
        for (String path : publicPages()) {
            Document page = page(path);
            assertThat(page.select("meta[name=description]")).as(path).hasSize(1);
            String description = page.selectFirst("meta[name=description]").attr("content");
            assertThat(description).as(path).isNotBlank().doesNotContain("??");
            int deepest = 0;
            for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level)
                        .as("%s: <%s>%s after a heading of level %d", path, heading.tagName(), heading.text(), deepest)
                        .isLessThanOrEqualTo(deepest + 1);
                deepest = Math.max(deepest, level);
            }
            assertThat(page.select("link[rel=icon]")).as(path).hasSize(1);
        }
    }

    @Test
    void theSiteIconIsWhereBrowsersLookForIt() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0); // an ICO file's header
        String linked = page("/").selectFirst("link[rel=icon]").attr("href");
        assertThat(get(linked).statusCode()).isEqualTo(200);
    }

    @Test
    void theHomePageShowsEveryArticleOnce() {
        Document home = page("/");
        List<String> titles =
                home.select("main .card__title a, main .featured__title a").eachAttr("href");
        assertThat(titles).hasSizeGreaterThan(6).doesNotHaveDuplicates();
    }

    @Test
    void theLoginPageSaysWhoseSiteItIsAndLeadsBackHome() {
        Document login = page("/dang-nhap");
        String siteName = page("/").selectFirst("meta[name=description]").attr("content");
        assertThat(login.select(".login-site").text()).isNotBlank();
        assertThat(siteName).startsWith(login.select(".login-site").text());
        assertThat(login.select("main a[href=/]")).hasSize(1);
    }

    @Test
    void anAnnouncementIsPrintedAsAnAnnouncement() {
        Document announcement = page(firstLink("/thong-bao", "/thong-bao/"));
        assertThat(announcement.select("[data-print]").text()).isEqualTo("In thông báo");
    }

    @Test
    void aPrintedPageSaysWhoseSiteAndWhichAddressItCameFrom() {
        String article = firstLink("/chuyen-muc/hoat-dong-htx", "/bai-viet/");
        Element source = page(article).selectFirst(".print-source");
        assertThat(source).isNotNull();
        assertThat(source.text()).startsWith("Liên minh Hợp tác xã tỉnh").endsWith(url(article));
        Element missing = page("/bai-viet/khong-co-bai-nay").selectFirst(".print-source");
        assertThat(missing.text())
                .as("an error page names the address asked for")
                .endsWith("/bai-viet/khong-co-bai-nay");
    }
}

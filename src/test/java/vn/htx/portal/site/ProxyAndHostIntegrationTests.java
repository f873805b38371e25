package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.RawHttp;
import vn.htx.portal.support.RawHttp.Answer;

/**
 * What a reverse proxy and a hostile client send in headers: the scheme is believed from the
 * trusted proxy (127.0.0.1 in these tests), the Host header never reaches an address in a page, and
 * the session id never goes into a URL.
 */
class ProxyAndHostIntegrationTests extends PortalIntegrationTest {

    @Test
    void behindTheTrustedProxyHttpsIsKeptInRedirectsCookiesAndHsts() {
        Answer login = RawHttp.send(
                port, "GET /dang-nhap HTTP/1.1", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).containsExactly("max-age=31536000");
        assertThat(login.header("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));

        Answer backOffice = RawHttp.send(port, "GET /quan-tri HTTP/1.1", "X-Forwarded-Proto: https");
        assertThat(backOffice.status()).isEqualTo(302);
        assertThat(backOffice.header("Location"))
                .singleElement()
                .satisfies(location -> assertThat(location)
                        .doesNotStartWith("http://")
                        .endsWith("/dang-nhap")
                        .doesNotContain("jsessionid"));
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookie() {
        Answer login = RawHttp.send(port, "GET /dang-nhap HTTP/1.1");
        assertThat(login.header("Strict-Transport-Security")).isEmpty();
        assertThat(login.header("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void aHostileHostHeaderNeverBecomesAnAddressInPagesFeedsOrTheSitemap() {
        String article = jdbc.queryForObject(
                "select slug from article where status = 'PUBLISHED' and published_at < current_timestamp "
                        + "order by published_at desc limit 1",
                String.class);
        for (String path : new String[] {"/bai-viet/" + article, "/rss.xml", "/sitemap.xml", "/robots.txt"}) {
            Answer answer = RawHttp.send(port, "GET " + path + " HTTP/1.1", "Host: evil.example");
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("evil.example").contains("http://localhost");
        }
        // and the page the next visitor gets is not the one the hostile request made
        Answer next = RawHttp.send(port, "GET /bai-viet/" + article + " HTTP/1.1");
        assertThat(next.body()).doesNotContain("evil.example").contains("property=\"og:url\"");
    }

    @Test
    void theSessionIdNeverGoesIntoAnAddressAndEveryAnswerLimitsBrowserFeatures() {
        // a POST without a CSRF token is refused with 403; the page it shows links its assets
        Answer refused = RawHttp.send(port, "POST /dang-nhap HTTP/1.1", "Content-Length: 0");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContainIgnoringCase("jsessionid").contains("/assets/");
        Answer home = RawHttp.send(port, "GET / HTTP/1.1");
        assertThat(home.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(home.header("Permissions-Policy")).singleElement().asString().contains("camera=()");
    }
}

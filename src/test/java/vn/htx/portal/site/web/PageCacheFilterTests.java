package vn.htx.portal.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.htx.portal.shared.PortalChange;
import vn.htx.portal.support.TestPortalProperties;

class PageCacheFilterTests {

    private final AtomicInteger renders = new AtomicInteger();
    private volatile String counter = "49.717.045";
    private volatile boolean withCookie;

    /** The filter's clock, moved on by the tests. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    /** Run by the application while it renders, to change something in the middle of a render. */
    private volatile Runnable duringRender = () -> {};

    private PageCacheFilter filter(Duration ttl) {
        return new PageCacheFilter(TestPortalProperties.withPageCacheTtl(ttl), now::get);
    }

    private record Change(boolean visibleToVisitors) implements PortalChange {
        @Override
        public String action() {
            return "test.change";
        }

        @Override
        public String targetType() {
            return "test";
        }

        @Override
        public Object targetId() {
            return null;
        }

        @Override
        public String summary() {
            return "";
        }
    }

    /** Stands for the application: renders a page with the counter as it is now. */
    private final FilterChain application = (request, response) -> {
        renders.incrementAndGet();
        var http = (HttpServletResponse) response;
        if (((MockHttpServletRequest) request).getRequestURI().equals("/khong-co")) {
            http.setStatus(404);
        }
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("Content-Security-Policy", "default-src 'self'");
        if (withCookie) {
            http.addHeader("Set-Cookie", "JSESSIONID=abc; HttpOnly");
        }
        http.getOutputStream()
                .write(("<html lang=\"vi\"><p>Tất cả: " + counter + "</p>" + "x".repeat(2000) + "</html>")
                        .getBytes(StandardCharsets.UTF_8));
        duringRender.run();
    };

    private MockHttpServletResponse get(PageCacheFilter filter, String path, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, application);
        return response;
    }

    @Test
    void aPageIsRenderedOnceWithinItsTtlAndServedWithItsHeaders() throws Exception {
        PageCacheFilter filter = filter(Duration.ofMinutes(1));
        MockHttpServletResponse first = get(filter, "/bai-viet/mot-bai");
        MockHttpServletResponse second = get(filter, "/bai-viet/mot-bai");

        assertThat(renders).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
                .contains("49.717.045");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("\"");

        get(filter, "/bai-viet/mot-bai?page=2");
        get(filter, "/bai-viet/bai-khac");
        assertThat(renders).as("another address is another page").hasValue(3);
    }

    @Test
    void aBrowserWithTheSameBytesGets304AndOneThatAcceptsGzipGetsTheBytesCompressedOnce() throws Exception {
        PageCacheFilter filter = filter(Duration.ofMinutes(1));
        MockHttpServletResponse first = get(filter, "/");
        MockHttpServletResponse again = get(filter, "/", "If-None-Match", first.getHeader("ETag"));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(get(filter, "/", "If-None-Match", "\"khac\"").getStatus()).isEqualTo(200);

        MockHttpServletResponse gzip = get(filter, "/", "Accept-Encoding", "gzip, deflate, br");
        assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gzip.getContentAsByteArray().length).isLessThan(first.getContentAsByteArray().length / 4);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(first.getContentAsByteArray());
        }
        assertThat(first.getHeader("Content-Encoding")).isNull();
        assertThat(renders).hasValue(1);
    }

    @Test
    void anOldPageIsRenderedAgainSoTheCounterStaysCurrent() throws Exception {
        PageCacheFilter filter = filter(Duration.ofMillis(200));
        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8)).contains("49.717.045");
        counter = "49.717.046";
        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8))
                .as("within the ttl")
                .contains("49.717.045");
        now.addAndGet(Duration.ofMillis(250).toNanos());
        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8)).contains("49.717.046");
        assertThat(renders).hasValue(2);
    }

    @Test
    void whatMustNotBeSharedIsNeverKept() throws Exception {
        PageCacheFilter filter = filter(Duration.ofMinutes(1));
        for (String path :
                List.of("/quan-tri", "/quan-tri/bai-viet", "/dang-nhap", "/api/v1/stats", "/rss.xml", "/khong-co")) {
            get(filter, path);
            get(filter, path);
        }
        assertThat(renders).as("back office, login, API, feed, 404").hasValue(12);
        assertThat(get(filter, "/khong-co").getStatus()).isEqualTo(404);

        withCookie = true;
        get(filter, "/thong-bao");
        get(filter, "/thong-bao");
        assertThat(renders).as("a response that sets a cookie").hasValue(15);

        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/thong-bao");
        filter.doFilter(post, new MockHttpServletResponse(), application);
        assertThat(renders).hasValue(16);

        PageCacheFilter off = filter(Duration.ZERO);
        withCookie = false;
        get(off, "/");
        get(off, "/");
        assertThat(renders).as("a ttl of 0 turns it off").hasValue(18);
    }

    @Test
    void aChangeVisitorsCanSeeForgetsEveryKeptPageAtOnce() throws Exception {
        PageCacheFilter filter = filter(Duration.ofMinutes(1));
        get(filter, "/");
        get(filter, "/chuyen-muc/tin-tuc");
        counter = "49.717.046";

        filter.on(new Change(false));
        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8))
                .as("a change visitors cannot see (a draft) keeps the pages")
                .contains("49.717.045");

        filter.on(new Change(true));
        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8)).contains("49.717.046");
        assertThat(get(filter, "/chuyen-muc/tin-tuc").getContentAsString(StandardCharsets.UTF_8))
                .contains("49.717.046");
        assertThat(renders).hasValue(4);
    }

    @Test
    void aPageRenderedWhileAChangeHappenedIsServedButNotKept() throws Exception {
        PageCacheFilter filter = filter(Duration.ofMinutes(1));
        duringRender = () -> {
            duringRender = () -> {};
            filter.on(new Change(true)); // committed while the old data was being rendered
            counter = "49.717.046";
        };
        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8)).contains("49.717.045");

        assertThat(get(filter, "/").getContentAsString(StandardCharsets.UTF_8))
                .as("rendered again, not the page from before the change")
                .contains("49.717.046");
        assertThat(renders).hasValue(2);
    }
}

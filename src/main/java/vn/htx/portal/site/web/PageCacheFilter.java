package vn.htx.portal.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.shared.Hashes;
import vn.htx.portal.shared.PortalChange;
import vn.htx.portal.shared.web.PublicPages;

/**
 * A one-second memory of rendered public pages. A page is rendered at most about once a second
 * per node, however many visitors ask for it; everyone else gets the bytes (and, if their browser
 * accepts it, the gzip bytes compressed once). Pages carry the live visitor counter, so they are
 * kept no longer than {@code portal.page-cache.ttl}: a publish or an edit shows within that time
 * plus one render, on every other node, without any message between nodes; on the node that made
 * the change, its {@link PortalChange} event makes this forget every kept page once the change is
 * committed, so the editor and everyone on that node see it at once. All pages rather than "the
 * affected ones": every page carries the sidebar's newest announcements and documents and the menu,
 * a change is rare and each kept page is at most a second old. A visit within the counter's
 * flush interval (0.2 s), its snapshot's age (0.5 s) and this (1 s), so within 2 s. Kept half a
 * second, the article page was rendered twice as often, and each render took a core from the
 * requests of that moment: its p99 was 15 ms instead of 11 ms in the benchmark.
 *
 * <p>When a page is older than the ttl, the first request renders it again while the others still
 * get the previous bytes (never older than that one render), so a slow page never makes a queue;
 * a page not kept yet is rendered once while the others wait for that render.
 * Answers carry an {@code ETag} ({@code 304} when the browser has the same bytes) and {@code
 * Cache-Control: no-cache}: browsers and shared proxies may keep the page but must ask again, so
 * the counter never freezes in a proxy. Only GET and HEAD of public pages answered 200 as HTML
 * without a cookie are kept; the back office never is.
 *
 * <p>Runs after the page-view counter, so every page served from here is counted like any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PageCacheFilter extends OncePerRequestFilter {

    /** What is kept of one page. */
    record Page(
            byte[] plain,
            byte[] gzip,
            String etag,
            String contentType,
            List<Map.Entry<String, String>> headers,
            long renderedAt) {

        long size() {
            return plain.length + gzip.length;
        }
    }

    private static final List<String> NOT_REPLAYED =
            List.of("content-length", "transfer-encoding", "date", "etag", "cache-control", "content-encoding", "vary");

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** Pages being rendered now, so that a burst of visitors waits for one render instead of making one each. */
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

    private static final long RENDER_WAIT_SECONDS = 10;
    private final AtomicLong bytes = new AtomicLong();
    /** Counts the changes forgotten: a render that began before one is served but not kept. */
    private final AtomicLong generation = new AtomicLong();

    private final long ttlNanos;
    private final long maxBytes;

    /** The clock pages are aged by: {@link System#nanoTime()}, or a test's. */
    private final LongSupplier nanoTime;

    @Autowired
    PageCacheFilter(PortalProperties properties) {
        this(properties, System::nanoTime);
    }

    PageCacheFilter(PortalProperties properties, LongSupplier nanoTime) {
        this.ttlNanos = properties.pageCache().ttl().toNanos();
        this.maxBytes = properties.pageCache().maxSize().toBytes();
        this.nanoTime = nanoTime;
    }

    /** After the commit (or at once outside a transaction), so that no render can see the old data again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PortalChange change) {
        if (change.visibleToVisitors()) {
            forgetAll();
        }
    }

    void forgetAll() {
        generation.incrementAndGet();
        for (String key : pages.keySet()) {
            Page gone = pages.remove(key);
            if (gone != null) {
                bytes.addAndGet(-gone.size());
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean head = "HEAD".equals(request.getMethod());
        if (ttlNanos <= 0
                || !(head || "GET".equals(request.getMethod()))
                || !PublicPages.isPage(path)
                || request.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getQueryString() == null ? path : path + '?' + request.getQueryString();
        Page page = pages.get(key);
        if (page != null && nanoTime.getAsLong() - page.renderedAt() < ttlNanos) {
            serve(page, request, response, head);
            return;
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            // someone renders this page now: the previous bytes, or wait for theirs
            Page theirs = page != null ? page : await(other);
            if (theirs != null) {
                serve(theirs, request, response, head);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Page rendered = null;
        try {
            rendered = render(key, request, response, chain, head);
        } finally {
            rendering.remove(key);
            mine.complete(rendered);
        }
    }

    private static Page await(CompletableFuture<Page> render) {
        try {
            return render.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Renders the page through the application; keeps and returns it if it may be kept, else null. */
    private Page render(
            String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean head)
            throws IOException, ServletException {
        // set before the chain, so that Spring Security does not write its no-store default
        response.setHeader("Cache-Control", "no-cache");
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        long seen = generation.get();
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK
                || contentType == null
                || !contentType.startsWith("text/html")
                || wrapper.getHeader("Set-Cookie") != null
                || wrapper.getContentSize() == 0
                || wrapper.getContentSize() > maxBytes / 16) {
            wrapper.copyBodyToResponse();
            return null;
        }
        byte[] plain = wrapper.getContentAsByteArray();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : wrapper.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : wrapper.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        Page page = new Page(plain, gzip(plain), etag(plain), contentType, List.copyOf(headers), nanoTime.getAsLong());
        keep(key, page, seen);
        wrapper.resetBuffer();
        serve(page, request, response, head);
        return page;
    }

    private void keep(String key, Page page, long seen) {
        if (generation.get() != seen) {
            return; // rendered from what was there before a change
        }
        Page old = pages.put(key, page);
        bytes.addAndGet(page.size() - (old == null ? 0 : old.size()));
        if (generation.get() != seen && pages.remove(key, page)) {
            bytes.addAndGet(-page.size()); // a change came while it was being kept
        }
        if (bytes.get() > maxBytes) {
            // everything kept is at most a few seconds old: forgetting what is stale costs a render each
            long staleBefore = nanoTime.getAsLong() - ttlNanos;
            pages.entrySet().removeIf(e -> {
                boolean stale = e.getValue().renderedAt() < staleBefore || bytes.get() > maxBytes;
                if (stale) {
                    bytes.addAndGet(-e.getValue().size());
                }
                return stale;
            });
        }
    }

    private static void serve(Page page, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        for (Map.Entry<String, String> header : page.headers()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        response.setContentType(page.contentType());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", page.etag());
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = page.plain();
        String acceptEncoding = request.getHeader("Accept-Encoding");
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzip();
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    private static String etag(byte[] plain) {
        return "\"" + Hashes.sha256Hex(plain).substring(0, 32) + "\"";
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }
}

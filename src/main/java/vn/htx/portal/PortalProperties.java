package vn.htx.portal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the portal itself (everything under {@code portal.*}). Each one is documented in the
 * README's configuration table.
 *
 * @param dataDir where the embedded database (and later uploads and the search index) live
 * @param demoContent whether an empty database is filled with demo content on start-up
 * @param timeZone the zone in which dates are shown and "today" is decided
 * @param publicUrl the address visitors use (for feeds and the sitemap); empty means "as requested",
 *     for the allowed hosts only
 * @param allowedHosts host names whose requests may name the address in feeds, the sitemap and
 *     shared links when {@code publicUrl} is empty; any other Host header gets the first of them
 * @param pageSize how many items a public list shows per page
 * @param sidebar what the sidebar blocks show
 * @param media limits of uploaded images
 * @param documents limits of files attached to documents
 * @param stats visitor statistics
 * @param pageCache the short memory of rendered public pages
 * @param maxBodyRequests how many requests with a body (forms, uploads) are read at once; more are
 *     answered 503 at once, so that slow senders can never hold every worker thread
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demoContent,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone,
        @DefaultValue("") String publicUrl,
        @DefaultValue({"localhost", "127.0.0.1"}) List<String> allowedHosts,
        @DefaultValue("10") int pageSize,
        @DefaultValue Sidebar sidebar,
        @DefaultValue Media media,
        @DefaultValue Documents documents,
        @DefaultValue Gallery gallery,
        @DefaultValue Stats stats,
        @DefaultValue PageCache pageCache,
        @DefaultValue("32") int maxBodyRequests) {

    /**
     * @param documents how many documents the "Văn bản mới" block lists
     * @param summaryLength how many characters of a document's summary the block shows
     * @param announcements how many announcements the "Thông báo" block lists
     */
    public record Sidebar(
            @DefaultValue("5") int documents,
            @DefaultValue("70") int summaryLength,
            @DefaultValue("5") int announcements) {}

    /**
     * @param maxImageSize the largest image file accepted
     * @param maxImagePixels the most pixels (width × height) an image may have, against decompression bombs
     */
    public record Media(
            @DefaultValue("10MB") DataSize maxImageSize,
            @DefaultValue("40000000") long maxImagePixels) {}

    /**
     * @param maxVideoSize the largest MP4 video accepted (at most {@code spring.servlet.multipart.max-file-size})
     * @param maxPhotosPerUpload how many photos one upload to an album may carry
     */
    public record Gallery(
            @DefaultValue("60MB") DataSize maxVideoSize,
            @DefaultValue("30") int maxPhotosPerUpload) {}

    /** @param maxFileSize the largest file that may be attached to a document */
    public record Documents(@DefaultValue("50MB") DataSize maxFileSize) {}

    /**
     * @param trustedProxies addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed
     * @param flushInterval how often counted page views are written to the database: views waiting in
     *     memory longer than the garbage collector's young generation lives cost a copy each
     *     collection, so a busy node writes small batches often
     */
    public record Stats(
            @DefaultValue List<String> trustedProxies,
            @DefaultValue("200ms") Duration flushInterval) {}

    /**
     * @param ttl how long a rendered public page is served as it is (0 turns the memory off); what a
     *     visitor sees is never older than this plus one render
     * @param maxSize how much memory the rendered pages (plain and gzip) may take
     */
    public record PageCache(
            @DefaultValue("1s") Duration ttl,
            @DefaultValue("32MB") DataSize maxSize) {}
}

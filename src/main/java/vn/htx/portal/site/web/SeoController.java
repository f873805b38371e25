package vn.htx.portal.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.AnnouncementCard;
import vn.htx.portal.announcements.AnnouncementsApi;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.documents.DocumentCard;
import vn.htx.portal.documents.DocumentsApi;
import vn.htx.portal.gallery.AlbumCard;
import vn.htx.portal.gallery.GalleryApi;
import vn.htx.portal.gallery.VideoCard;
import vn.htx.portal.pages.PagesApi;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.shared.web.XmlDocument;

/** {@code /sitemap.xml} and {@code /robots.txt}. */
@Controller
class SeoController {

    /** The newest articles first; one file stays well under the protocol's 50,000 addresses and cheap to build. */
    static final int MAX_ARTICLES = 10_000;

    static final int MAX_OTHERS = 4_000;

    private final ContentApi content;
    private final DocumentsApi documents;
    private final AnnouncementsApi announcements;
    private final PagesApi pages;
    private final GalleryApi gallery;
    private final PublicUrls urls;
    private final PortalProperties properties;

    /** Read once: asked for by every browser and crawler. */
    private final byte[] favicon;

    SeoController(
            ContentApi content,
            DocumentsApi documents,
            AnnouncementsApi announcements,
            PagesApi pages,
            GalleryApi gallery,
            PublicUrls urls,
            PortalProperties properties)
            throws IOException {
        this.favicon = new ClassPathResource("static/favicon.ico").getContentAsByteArray();
        this.content = content;
        this.documents = documents;
        this.announcements = announcements;
        this.pages = pages;
        this.gallery = gallery;
        this.urls = urls;
        this.properties = properties;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        XmlDocument xml =
                new XmlDocument().start("urlset").attribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        url(xml, request, "/", null);
        url(xml, request, "/van-ban", null);
        url(xml, request, "/thong-bao", null);
        for (AlbumCard album : gallery.albums(1, MAX_OTHERS).items()) {
            url(xml, request, "/thu-vien-anh/" + album.slug(), album.publishedAt());
        }
        for (VideoCard video : gallery.videos(1, MAX_OTHERS).items()) {
            url(xml, request, "/video/" + video.slug(), video.publishedAt());
        }
        for (PagesApi.ListedPage page : pages.publicPages()) {
            url(xml, request, page.href(), page.updatedAt());
        }
        for (CategoryRef category : content.allCategories()) {
            url(xml, request, "/chuyen-muc/" + category.slug(), null);
        }
        for (ArticleCard article : content.published(1, MAX_ARTICLES).items()) {
            url(xml, request, "/bai-viet/" + article.slug(), article.publishedAt());
        }
        for (DocumentCard document : documents.published(1, MAX_OTHERS).items()) {
            url(xml, request, "/van-ban/" + document.slug(), null);
        }
        for (AnnouncementCard announcement :
                announcements.published(1, MAX_OTHERS).items()) {
            url(xml, request, "/thong-bao/" + announcement.slug(), announcement.publishedAt());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(xml.end().finish());
    }

    /**
     * The site's icon where every browser and crawler looks for it first; the same file is linked
     * from every page as {@code /assets/favicon.ico} with a long cache life.
     */
    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/x-icon"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(favicon);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = "User-agent: *\n"
                + "Disallow: /quan-tri/\n"
                + "Disallow: /dang-nhap\n"
                + "Disallow: /actuator/\n"
                + "\n"
                + "Sitemap: " + urls.absolute(request, "/sitemap.xml") + "\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body);
    }

    private void url(XmlDocument xml, HttpServletRequest request, String path, Instant lastModified) {
        xml.start("url").element("loc", urls.absolute(request, path));
        if (lastModified != null) {
            xml.element(
                    "lastmod",
                    lastModified.atZone(properties.timeZone()).toLocalDate().toString());
        }
        xml.end();
    }
}

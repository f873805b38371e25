package vn.htx.portal.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.shared.web.XmlDocument;
import vn.htx.portal.site.LayoutService;
import vn.htx.portal.site.SiteSettings;

/** RSS 2.0 feeds of the newest articles, for the whole site and per category. */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final ContentApi content;
    private final LayoutService layouts;
    private final PublicUrls urls;

    FeedController(ContentApi content, LayoutService layouts, PublicUrls urls) {
        this.content = content;
        this.layouts = layouts;
        this.urls = urls;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> siteFeed(HttpServletRequest request) {
        SiteSettings site = layouts.settings();
        String xml = feed(request, site.siteName(), "/", "/rss.xml", site.tagline(), content.latest(FEED_SIZE));
        return ResponseEntity.ok().contentType(RSS).body(xml);
    }

    @GetMapping("/chuyen-muc/{slug}/rss.xml")
    ResponseEntity<String> categoryFeed(@PathVariable String slug, HttpServletRequest request) {
        CategoryRef category = content.category(slug).orElseThrow(() -> new NotFoundException("category " + slug));
        SiteSettings site = layouts.settings();
        String xml = feed(
                request,
                category.name() + " - " + site.siteName(),
                "/chuyen-muc/" + category.slug(),
                "/chuyen-muc/" + category.slug() + "/rss.xml",
                category.name(),
                content.publishedInCategory(category, 1, FEED_SIZE).items());
        return ResponseEntity.ok().contentType(RSS).body(xml);
    }

    private String feed(
            HttpServletRequest request,
            String title,
            String path,
            String selfPath,
            String description,
            List<ArticleCard> articles) {
        XmlDocument xml = new XmlDocument()
                .start("rss")
                .attribute("version", "2.0")
                .attribute("xmlns:atom", "http://www.w3.org/2005/Atom")
                .start("channel")
                .element("title", title)
                .element("link", urls.absolute(request, path))
                .element("description", description == null ? title : description)
                .element("language", "vi");
        xml.start("atom:link")
                .attribute("href", urls.absolute(request, selfPath))
                .attribute("rel", "self")
                .attribute("type", "application/rss+xml")
                .end();
        if (!articles.isEmpty()) {
            xml.element("lastBuildDate", rfc1123(articles.get(0).publishedAt()));
        }
        for (ArticleCard article : articles) {
            String link = urls.absolute(request, "/bai-viet/" + article.slug());
            xml.start("item")
                    .element("title", article.title())
                    .element("link", link)
                    .start("guid")
                    .attribute("isPermaLink", "true")
                    .text(link)
                    .end()
                    .element("description", article.lead())
                    .element("category", article.category().name())
                    .element("pubDate", rfc1123(article.publishedAt()))
                    .end();
        }
        return xml.end().end().finish();
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}

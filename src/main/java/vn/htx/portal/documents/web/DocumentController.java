package vn.htx.portal.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.documents.DocumentCard;
import vn.htx.portal.documents.DocumentDetail;
import vn.htx.portal.documents.DocumentFilter;
import vn.htx.portal.documents.DocumentsApi;
import vn.htx.portal.documents.Validity;
import vn.htx.portal.documents.domain.TermKind;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.shared.web.XmlDocument;

@Controller
class DocumentController {

    static final int FEED_SIZE = 20;

    private final DocumentsApi documents;
    private final PublicUrls urls;
    private final int pageSize;

    private final MessageSource messages;

    DocumentController(DocumentsApi documents, PublicUrls urls, PortalProperties properties, MessageSource messages) {
        this.messages = messages;
        this.documents = documents;
        this.urls = urls;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/van-ban")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        DocumentFilter filter = new DocumentFilter(q, type, issuer, field, year, status);
        PageSlice<DocumentCard> found = Paging.requireExisting(documents.search(filter, page, pageSize));
        model.addAttribute("filter", filter);
        model.addAttribute("documents", found);
        model.addAttribute("types", documents.terms(TermKind.TYPE));
        model.addAttribute("issuers", documents.terms(TermKind.ISSUER));
        model.addAttribute("fields", documents.terms(TermKind.FIELD));
        model.addAttribute("years", documents.years());
        model.addAttribute("validities", List.of(Validity.IN_FORCE, Validity.EXPIRED, Validity.NOT_YET));
        return "documents/list";
    }

    @GetMapping("/van-ban/{slug}")
    String show(@PathVariable String slug, Model model) {
        DocumentDetail document =
                documents.publishedDocument(slug).orElseThrow(() -> new NotFoundException("document " + slug));
        model.addAttribute("document", document);
        model.addAttribute("viewCount", documents.recordView(document));
        model.addAttribute(
                "inlinePdf",
                document.attachments().stream()
                        .filter(DocumentDetail.Attachment::pdf)
                        .findFirst()
                        .orElse(null));
        return "documents/show";
    }

    /** Downloads a file of a published document, counting it. Only ids name files: no path ever reaches the disk. */
    @GetMapping("/van-ban/tep/{id}/{name}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String name) {
        return file(id, true, ContentDisposition.attachment());
    }

    /** The same file for the browser's own viewer, in the document's page. */
    @GetMapping("/van-ban/tep/{id}/xem")
    ResponseEntity<Resource> view(@PathVariable long id) {
        return file(id, false, ContentDisposition.inline());
    }

    @GetMapping("/van-ban/rss.xml")
    ResponseEntity<String> feed(HttpServletRequest request, Locale locale) {
        XmlDocument xml = new XmlDocument()
                .start("rss")
                .attribute("version", "2.0")
                .start("channel")
                .element("title", messages.getMessage("documents.feed.title", null, locale))
                .element("link", urls.absolute(request, "/van-ban"))
                .element("description", messages.getMessage("documents.feed.description", null, locale))
                .element("language", "vi");
        for (DocumentCard d : documents.newest(FEED_SIZE)) {
            String link = urls.absolute(request, "/van-ban/" + d.slug());
            xml.start("item")
                    .element(
                            "title",
                            d.number() + " (" + d.issueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")")
                    .element("link", link)
                    .start("guid")
                    .attribute("isPermaLink", "true")
                    .text(link)
                    .end()
                    .element("description", d.summary())
                    .element(
                            "pubDate",
                            DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                    d.issueDate().atStartOfDay().atOffset(ZoneOffset.ofHours(7))))
                    .end();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .body(xml.end().end().finish());
    }

    private ResponseEntity<Resource> file(long id, boolean counted, ContentDisposition.Builder disposition) {
        DocumentsApi.Download download =
                documents.attachment(id, counted).orElseThrow(() -> new NotFoundException("file " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(download.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .body(download.file());
    }
}

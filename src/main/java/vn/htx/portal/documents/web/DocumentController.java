package vn.htx.portal.documents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.documents.DocumentDetail;
import vn.htx.portal.documents.DocumentsApi;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Paging;

@Controller
class DocumentController {

    private final DocumentsApi documents;
    private final int pageSize;

    DocumentController(DocumentsApi documents, PortalProperties properties) {
        this.documents = documents;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/van-ban")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("documents", Paging.requireExisting(documents.published(page, pageSize)));
        return "documents/list";
    }

    @GetMapping("/van-ban/{slug}")
    String show(@PathVariable String slug, Model model) {
        DocumentDetail document =
                documents.publishedDocument(slug).orElseThrow(() -> new NotFoundException("document " + slug));
        documents.recordView(document.id());
        model.addAttribute("document", document);
        model.addAttribute("viewCount", document.viewCount() + 1);
        return "documents/show";
    }
}

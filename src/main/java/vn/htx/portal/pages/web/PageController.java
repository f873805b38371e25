package vn.htx.portal.pages.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.htx.portal.pages.PagesApi;
import vn.htx.portal.pages.PublicPage;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.web.PublicUrls;

/**
 * The alliance's pages at the addresses their tree makes: {@code /gioi-thieu},
 * {@code /gioi-thieu/lich-su}. The portal's fixed addresses ({@code /van-ban}, ...) are more specific
 * and win; a segment must look like a slug, and the first may not be a folder of files served
 * elsewhere, so that no asset or image is ever answered by this controller.
 */
@Controller
class PageController {

    private static final String FIRST = "{first:(?!assets$|webjars$|media$)[a-z0-9]+(?:-[a-z0-9]+)*}";
    private static final String NEXT = "[a-z0-9]+(?:-[a-z0-9]+)*}";

    private final PagesApi pages;
    private final PublicUrls urls;

    PageController(PagesApi pages, PublicUrls urls) {
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping({"/" + FIRST, "/" + FIRST + "/{second:" + NEXT, "/" + FIRST + "/{second:" + NEXT + "/{third:" + NEXT})
    String page(
            @PathVariable String first,
            @PathVariable(required = false) String second,
            @PathVariable(required = false) String third,
            Model model,
            HttpServletRequest request) {
        String path = first + (second == null ? "" : "/" + second) + (third == null ? "" : "/" + third);
        PublicPage page = pages.page(path).orElseThrow(() -> new NotFoundException("page " + path));
        model.addAttribute("page", page);
        model.addAttribute("canonicalUrl", urls.absolute(request, page.href()));
        return "pages/page";
    }
}

package vn.htx.portal.content.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.htx.portal.content.ArticleDetail;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.web.PublicUrls;

@Controller
class ArticleController {

    static final int RELATED_COUNT = 5;

    private final ContentApi content;
    private final PublicUrls urls;

    ArticleController(ContentApi content, PublicUrls urls) {
        this.content = content;
        this.urls = urls;
    }

    @GetMapping("/bai-viet/{slug}")
    ModelAndView article(@PathVariable String slug, Model model, HttpServletRequest request) {
        ArticleDetail article = content.publishedArticle(slug).orElse(null);
        if (article == null) {
            String current = content.currentSlugFor(slug).orElseThrow(() -> new NotFoundException("article " + slug));
            RedirectView moved = new RedirectView("/bai-viet/" + current, true);
            moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(moved);
        }
        model.addAttribute("article", article);
        model.addAttribute("viewCount", content.recordView(article));
        model.addAttribute("related", content.related(article, RELATED_COUNT));
        model.addAttribute("currentCategorySlug", article.category().slug());
        model.addAttribute("canonicalUrl", urls.absolute(request, "/bai-viet/" + article.slug()));
        if (article.imageUrl() != null) {
            model.addAttribute(
                    "imageUrl",
                    article.imageUrl().startsWith("/")
                            ? urls.absolute(request, article.imageUrl())
                            : article.imageUrl());
        }
        return new ModelAndView("content/article", model.asMap());
    }
}

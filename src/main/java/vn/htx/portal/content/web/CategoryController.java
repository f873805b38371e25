package vn.htx.portal.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;

@Controller
class CategoryController {

    private final ContentApi content;
    private final int pageSize;

    CategoryController(ContentApi content, PortalProperties properties) {
        this.content = content;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/chuyen-muc/{slug}")
    String category(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        CategoryRef category = content.category(slug).orElseThrow(() -> new NotFoundException("category " + slug));
        PageSlice<ArticleCard> articles = Paging.requireExisting(content.publishedInCategory(category, page, pageSize));
        model.addAttribute("category", category);
        model.addAttribute("articles", articles);
        model.addAttribute("currentCategorySlug", category.slug());
        return "content/category";
    }
}

package vn.htx.portal.site.web;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.gallery.GalleryApi;

@Controller
class HomeController {

    static final int LATEST_COUNT = 8;
    static final int PER_CATEGORY = 4;

    private final ContentApi content;
    private final GalleryApi gallery;

    HomeController(ContentApi content, GalleryApi gallery) {
        this.content = content;
        this.gallery = gallery;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<ArticleCard> featured = content.featured();
        List<ArticleCard> latest = content.latest(LATEST_COUNT + 1).stream()
                .filter(card -> featured.map(f -> f.id() != card.id()).orElse(true))
                .limit(LATEST_COUNT)
                .toList();
        model.addAttribute("featured", featured.orElse(null));
        model.addAttribute("latest", latest);
        Set<Long> shown = new HashSet<>();
        featured.ifPresent(card -> shown.add(card.id()));
        latest.forEach(card -> shown.add(card.id()));
        model.addAttribute("sections", content.sections(PER_CATEGORY, shown));
        model.addAttribute("newestAlbum", gallery.newestAlbum().orElse(null));
        model.addAttribute("newestVideo", gallery.newestVideo().orElse(null));
        return "site/home";
    }
}

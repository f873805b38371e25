package vn.htx.portal.pages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.htx.portal.pages.domain.MenuReader;
import vn.htx.portal.pages.domain.PageReader;

/** What the rest of the portal reads of the site's structure: public pages and menus only. */
@Service
public class PagesApi {

    /** A public page for the sitemap. */
    public record ListedPage(String href, Instant updatedAt) {}

    private final PageReader pages;
    private final MenuReader menus;

    PagesApi(PageReader pages, MenuReader menus) {
        this.pages = pages;
        this.menus = menus;
    }

    /** The page at {@code path} (e.g. {@code gioi-thieu/lich-su}) when it and every page above it are published. */
    public Optional<PublicPage> page(String path) {
        return pages.published(path);
    }

    /** The main and the footer menu as visitors see them, read together. */
    public Map<MenuKind, List<MenuLink>> menus() {
        return menus.menus();
    }

    public List<ListedPage> publicPages() {
        return pages.publicPaths().stream()
                .map(p -> new ListedPage(p.href(), p.updatedAt()))
                .toList();
    }
}

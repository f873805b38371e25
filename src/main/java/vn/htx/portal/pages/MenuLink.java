package vn.htx.portal.pages;

import java.util.List;

/** A visible menu item as a link, with its visible sub-items. */
public record MenuLink(String label, String href, boolean external, String categorySlug, List<MenuLink> children) {

    /**
     * The item's {@code aria-current} on the page at {@code path} (of an article in
     * {@code categorySlug}): "page" on the page it leads to, "true" on a page inside its section or
     * under one of its sub-items, none elsewhere.
     */
    public String currentFor(String path, String currentCategorySlug) {
        if (external || path == null) {
            return null;
        }
        if (href.equals(path)) {
            return "page";
        }
        if ((categorySlug != null && categorySlug.equals(currentCategorySlug))
                || (!"/".equals(href) && path.startsWith(href + "/"))
                || children.stream().anyMatch(c -> c.currentFor(path, currentCategorySlug) != null)) {
            return "true";
        }
        return null;
    }
}

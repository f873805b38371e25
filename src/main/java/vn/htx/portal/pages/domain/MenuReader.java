package vn.htx.portal.pages.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.pages.MenuKind;
import vn.htx.portal.pages.MenuLink;
import vn.htx.portal.pages.MenuTarget;

/**
 * A menu as visitors see it: its visible items whose target is public, in their order, in three
 * statements (items, categories, public pages). An item that leads to a hidden page or a category
 * that is gone is left out, with its sub-items.
 */
@Component
@Transactional(readOnly = true)
public class MenuReader {

    private final MenuItemRepository items;
    private final ContentApi content;
    private final PageReader pages;

    MenuReader(MenuItemRepository items, ContentApi content, PageReader pages) {
        this.items = items;
        this.content = content;
        this.pages = pages;
    }

    /** Both menus, in three statements together. */
    public Map<MenuKind, List<MenuLink>> menus() {
        List<MenuItem> all = items.findAllByOrderBySortOrderAscIdAsc();
        Targets targets = all.isEmpty() ? null : targets();
        Map<MenuKind, List<MenuLink>> menus = new java.util.EnumMap<>(MenuKind.class);
        for (MenuKind kind : MenuKind.values()) {
            menus.put(kind, links(all.stream().filter(i -> i.getMenu() == kind).toList(), targets));
        }
        return menus;
    }

    private static List<MenuLink> links(List<MenuItem> all, Targets targets) {
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MenuItem>> childrenOf = new HashMap<>();
        for (MenuItem item : all) {
            if (item.getParentId() != null) {
                childrenOf
                        .computeIfAbsent(item.getParentId(), p -> new ArrayList<>())
                        .add(item);
            }
        }
        List<MenuLink> links = new ArrayList<>();
        for (MenuItem item : all) {
            if (item.getParentId() == null && item.isVisible()) {
                List<MenuLink> children = new ArrayList<>();
                for (MenuItem child : childrenOf.getOrDefault(item.getId(), List.of())) {
                    if (child.isVisible()) {
                        MenuLink link = targets.link(child, List.of());
                        if (link != null) {
                            children.add(link);
                        }
                    }
                }
                MenuLink link = targets.link(item, List.copyOf(children));
                if (link != null) {
                    links.add(link);
                }
            }
        }
        return List.copyOf(links);
    }

    /** What items may lead to now: categories by id, public pages by id. */
    public Targets targets() {
        Map<Long, CategoryRef> categories = new HashMap<>();
        for (CategoryRef c : content.allCategories()) {
            categories.put(c.id(), c);
        }
        Map<Long, PagePath> publicPages = new HashMap<>();
        for (PagePath p : pages.publicPaths()) {
            publicPages.put(p.id(), p);
        }
        return new Targets(categories, publicPages);
    }

    public record Targets(Map<Long, CategoryRef> categories, Map<Long, PagePath> publicPages) {

        /** The item as a link, or null when what it leads to is not public (a hidden page, a category gone). */
        public MenuLink link(MenuItem item, List<MenuLink> children) {
            String href = href(item);
            if (href == null) {
                return null;
            }
            String categorySlug = item.getTarget() == MenuTarget.CATEGORY
                    ? categories.get(item.getCategoryId()).slug()
                    : null;
            return new MenuLink(item.getLabel(), href, item.getTarget() == MenuTarget.EXTERNAL, categorySlug, children);
        }

        public String href(MenuItem item) {
            return switch (item.getTarget()) {
                case HOME -> "/";
                case CATEGORY -> {
                    CategoryRef c = item.getCategoryId() == null ? null : categories.get(item.getCategoryId());
                    yield c == null ? null : "/chuyen-muc/" + c.slug();
                }
                case PAGE -> {
                    PagePath p = item.getPageId() == null ? null : publicPages.get(item.getPageId());
                    yield p == null ? null : p.href();
                }
                case DOCUMENTS -> item.getAddress() == null ? "/van-ban" : "/van-ban?" + item.getAddress();
                case ANNOUNCEMENTS -> "/thong-bao";
                case SEARCH -> "/tim-kiem";
                case STATS -> "/thong-ke";
                case PATH, EXTERNAL -> item.getAddress();
            };
        }
    }
}

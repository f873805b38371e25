package vn.htx.portal.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.htx.portal.pages.domain.MenuItem;
import vn.htx.portal.pages.domain.MenuItemRepository;
import vn.htx.portal.pages.domain.MenuReader;
import vn.htx.portal.pages.domain.SitePageRepository;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.NotFoundException;

/** Editing the main and the footer menu: administrators. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class MenuManager {

    /** The filters of the document library a menu item may carry. */
    private static final Set<String> DOCUMENT_FILTERS = Set.of("q", "type", "issuer", "field", "year", "status");

    private static final Pattern INTERNAL_PATH = Pattern.compile("^/(?!/)[^\\s\\\\]*$");

    /** What the form sends. */
    public record ItemDraft(
            String label,
            MenuTarget target,
            Long categoryId,
            Long pageId,
            String address,
            Long parentId,
            boolean visible) {}

    /** An item as the editing page lists it, sub-items after their parent. */
    public record Row(
            long id,
            Long parentId,
            String label,
            MenuTarget target,
            String href,
            boolean visible,
            boolean leadsNowhere,
            boolean first,
            boolean last,
            long version) {

        public boolean sub() {
            return parentId != null;
        }
    }

    /** An item in its form. */
    public record Editable(
            long id,
            MenuKind menu,
            String label,
            MenuTarget target,
            Long categoryId,
            Long pageId,
            String address,
            Long parentId,
            boolean visible,
            long version) {}

    private final MenuItemRepository items;
    private final SitePageRepository pages;
    private final MenuReader reader;
    private final ApplicationEventPublisher events;

    MenuManager(
            MenuItemRepository items, SitePageRepository pages, MenuReader reader, ApplicationEventPublisher events) {
        this.items = items;
        this.pages = pages;
        this.reader = reader;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Row> rows(MenuKind menu) {
        List<MenuItem> all = items.findByMenuOrderBySortOrderAscIdAsc(menu);
        MenuReader.Targets targets = reader.targets();
        List<Row> rows = new ArrayList<>();
        List<MenuItem> top = all.stream().filter(i -> i.getParentId() == null).toList();
        for (int t = 0; t < top.size(); t++) {
            MenuItem item = top.get(t);
            rows.add(row(item, targets, t == 0, t == top.size() - 1));
            List<MenuItem> subs = all.stream()
                    .filter(i -> item.getId().equals(i.getParentId()))
                    .toList();
            for (int s = 0; s < subs.size(); s++) {
                rows.add(row(subs.get(s), targets, s == 0, s == subs.size() - 1));
            }
        }
        return rows;
    }

    private static Row row(MenuItem item, MenuReader.Targets targets, boolean first, boolean last) {
        String href = targets.href(item);
        return new Row(
                item.getId(),
                item.getParentId(),
                item.getLabel(),
                item.getTarget(),
                href,
                item.isVisible(),
                href == null,
                first,
                last,
                item.getVersion());
    }

    /** The items an item may hang under: the top-level items of the same menu but itself. */
    @Transactional(readOnly = true)
    public List<Row> possibleParents(MenuKind menu, Long except) {
        return rows(menu).stream()
                .filter(r -> !r.sub() && (except == null || r.id() != except))
                .toList();
    }

    @Transactional(readOnly = true)
    public Editable get(long id) {
        MenuItem i = load(id);
        return new Editable(
                i.getId(),
                i.getMenu(),
                i.getLabel(),
                i.getTarget(),
                i.getCategoryId(),
                i.getPageId(),
                i.getAddress(),
                i.getParentId(),
                i.isVisible(),
                i.getVersion());
    }

    /** Adds ({@code id} null) an item at the end of its menu or list of sub-items, or saves over one. */
    public long save(Long id, MenuKind menu, ItemDraft draft, Long basedOn) {
        MenuItem item;
        if (id == null) {
            item = null;
        } else {
            item = load(id);
            ConcurrentEditException.requireVersion(item.getVersion(), basedOn, "menu item " + id);
            menu = item.getMenu();
        }
        String label = Blank.toNull(draft.label());
        if (label == null) {
            throw new SiteStructureException("label", "validation.required");
        }
        Long parentId = draft.parentId();
        if (parentId != null) {
            MenuItem parent = items.findById(parentId)
                    .filter(p -> p.getParentId() == null)
                    .orElseThrow(() -> new SiteStructureException("parentId", "menu.parent.invalid"));
            if (parent.getMenu() != menu || (item != null && parent.getId().equals(item.getId()))) {
                throw new SiteStructureException("parentId", "menu.parent.invalid");
            }
            if (item != null && items.existsByParentId(item.getId())) {
                throw new SiteStructureException("parentId", "menu.parent.hasChildren");
            }
        }
        Long categoryId = null;
        Long pageId = null;
        String address = null;
        MenuTarget target = draft.target() == null ? MenuTarget.PATH : draft.target();
        switch (target) {
            case CATEGORY -> {
                categoryId = draft.categoryId();
                if (categoryId == null || !reader.targets().categories().containsKey(categoryId)) {
                    throw new SiteStructureException("categoryId", "menu.category.required");
                }
            }
            case PAGE -> {
                pageId = draft.pageId();
                if (pageId == null || !pages.existsById(pageId)) {
                    throw new SiteStructureException("pageId", "menu.page.required");
                }
            }
            case DOCUMENTS -> address = documentFilter(draft.address());
            case PATH -> address = internalPath(draft.address());
            case EXTERNAL -> address = externalAddress(draft.address());
            default -> {}
        }
        boolean moved = item == null || !java.util.Objects.equals(item.getParentId(), parentId);
        if (item == null) {
            item = new MenuItem(menu, parentId, lastSortOrder(menu, parentId) + 10);
        } else if (moved) {
            item.moveUnder(parentId, lastSortOrder(menu, parentId) + 10);
        }
        item.pointTo(label, target, categoryId, pageId, address);
        item.show(draft.visible());
        items.saveAndFlush(item);
        events.publishEvent(new SiteStructureChanged(
                SiteStructureChanged.Kind.MENU_ITEM_SAVED, item.getId(), item.getLabel(), true));
        return item.getId();
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public void move(long id, int direction, Long basedOn) {
        MenuItem item = load(id);
        ConcurrentEditException.requireVersion(item.getVersion(), basedOn, "menu item " + id);
        List<MenuItem> siblings = siblingsOf(item);
        int at = siblings.indexOf(item);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.remove(at);
        siblings.add(to, item);
        renumber(siblings);
        events.publishEvent(
                new SiteStructureChanged(SiteStructureChanged.Kind.MENU_ITEM_MOVED, id, item.getLabel(), true));
    }

    /**
     * Puts the items of one list (the top of a menu, or the sub-items of one item) in the order
     * given, as dragging them leaves it. Ids that are not exactly that list are refused.
     */
    public void reorder(MenuKind menu, Long parentId, List<Long> ids) {
        List<MenuItem> siblings = items.findByMenuOrderBySortOrderAscIdAsc(menu).stream()
                .filter(i -> java.util.Objects.equals(i.getParentId(), parentId))
                .toList();
        if (ids.size() != siblings.size()
                || !java.util.Set.copyOf(ids)
                        .equals(java.util.Set.copyOf(
                                siblings.stream().map(MenuItem::getId).toList()))) {
            throw new ConcurrentEditException("menu " + menu);
        }
        List<MenuItem> ordered = new ArrayList<>();
        for (Long id : ids) {
            siblings.stream().filter(i -> i.getId().equals(id)).findFirst().ifPresent(ordered::add);
        }
        renumber(ordered);
        events.publishEvent(new SiteStructureChanged(
                SiteStructureChanged.Kind.MENU_ITEM_MOVED, ordered.get(0).getId(), menu.name(), true));
    }

    public void show(long id, boolean visible, Long basedOn) {
        MenuItem item = load(id);
        ConcurrentEditException.requireVersion(item.getVersion(), basedOn, "menu item " + id);
        item.show(visible);
        items.saveAndFlush(item);
        events.publishEvent(
                new SiteStructureChanged(SiteStructureChanged.Kind.MENU_ITEM_SAVED, id, item.getLabel(), true));
    }

    /** Removes an item and its sub-items. */
    public void delete(long id) {
        MenuItem item = load(id);
        items.findByMenuOrderBySortOrderAscIdAsc(item.getMenu()).stream()
                .filter(i -> item.getId().equals(i.getParentId()))
                .forEach(items::delete);
        items.delete(item);
        items.flush();
        events.publishEvent(
                new SiteStructureChanged(SiteStructureChanged.Kind.MENU_ITEM_DELETED, id, item.getLabel(), true));
    }

    private List<MenuItem> siblingsOf(MenuItem item) {
        return new ArrayList<>(items.findByMenuOrderBySortOrderAscIdAsc(item.getMenu()).stream()
                .filter(i -> java.util.Objects.equals(i.getParentId(), item.getParentId()))
                .toList());
    }

    private int lastSortOrder(MenuKind menu, Long parentId) {
        return items.findByMenuOrderBySortOrderAscIdAsc(menu).stream()
                .filter(i -> java.util.Objects.equals(i.getParentId(), parentId))
                .mapToInt(MenuItem::getSortOrder)
                .max()
                .orElse(0);
    }

    private void renumber(List<MenuItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt((i + 1) * 10);
        }
        items.saveAllAndFlush(ordered);
    }

    private MenuItem load(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("menu item " + id));
    }

    /**
     * The filter of a document-library item: what was typed may be the library's address as the
     * browser shows it after filtering, or only its query. Only the library's own filters are kept.
     */
    static String documentFilter(String typed) {
        String value = Blank.toNull(typed);
        if (value == null) {
            return null;
        }
        int question = value.indexOf('?');
        String query = question >= 0 ? value.substring(question + 1) : value;
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUriString("/van-ban?" + query)
                .build()
                .getQueryParams()
                .forEach((name, values) -> {
                    if (DOCUMENT_FILTERS.contains(name)) {
                        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> kept.add(name, v));
                    }
                });
        if (kept.isEmpty()) {
            throw new SiteStructureException("address", "menu.documents.invalid");
        }
        String built =
                UriComponentsBuilder.newInstance().queryParams(kept).build().getQuery();
        if (built.length() > 500) {
            throw new SiteStructureException("address", "validation.tooLong");
        }
        return built;
    }

    static String internalPath(String typed) {
        String value = Blank.toNull(typed);
        if (value == null
                || value.length() > 500
                || !INTERNAL_PATH.matcher(value).matches()) {
            throw new SiteStructureException("address", "menu.path.invalid");
        }
        return value;
    }

    /** Only http and https addresses with a host: no javascript:, data: or protocol-relative tricks. */
    static String externalAddress(String typed) {
        String value = Blank.toNull(typed);
        if (value == null || value.length() > 500) {
            throw new SiteStructureException("address", "menu.external.invalid");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new SiteStructureException("address", "menu.external.invalid");
            }
        } catch (URISyntaxException e) {
            throw new SiteStructureException("address", "menu.external.invalid");
        }
        return value;
    }
}

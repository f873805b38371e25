package vn.htx.portal.pages;

import vn.htx.portal.shared.PortalChange;

/**
 * A page, a menu item, a unit or a person was written, moved, published or taken down
 * ({@link Kind}). Visitors see a difference whenever the item is or was public: menus are on every
 * page, and units and people on the organisation and leaders pages.
 */
public record SiteStructureChanged(Kind kind, long itemId, String summary, boolean visibleToVisitors)
        implements PortalChange {

    public enum Kind {
        PAGE_CREATED("page.create", "page"),
        PAGE_EDITED("page.update", "page"),
        PAGE_RESTORED("page.restore", "page"),
        PAGE_PUBLISHED("page.publish", "page"),
        PAGE_UNPUBLISHED("page.unpublish", "page"),
        MENU_ITEM_SAVED("menu.save", "menu_item"),
        MENU_ITEM_MOVED("menu.move", "menu_item"),
        MENU_ITEM_DELETED("menu.delete", "menu_item"),
        UNIT_SAVED("unit.save", "org_unit"),
        UNIT_DELETED("unit.delete", "org_unit"),
        PERSON_SAVED("person.save", "org_person"),
        PERSON_DELETED("person.delete", "org_person");

        private final String action;
        private final String targetType;

        Kind(String action, String targetType) {
            this.action = action;
            this.targetType = targetType;
        }
    }

    @Override
    public String action() {
        return kind.action;
    }

    @Override
    public String targetType() {
        return kind.targetType;
    }

    @Override
    public Object targetId() {
        return itemId;
    }
}

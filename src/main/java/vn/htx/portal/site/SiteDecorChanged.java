package vn.htx.portal.site;

import vn.htx.portal.shared.PortalChange;

/** A banner or a link to another site was saved or removed: pages that show them change. */
public record SiteDecorChanged(Kind kind, long itemId, String summary) implements PortalChange {

    public enum Kind {
        BANNER_SAVED("banner.save", "banner"),
        BANNER_DELETED("banner.delete", "banner"),
        LINK_SAVED("weblink.save", "web_link"),
        LINK_DELETED("weblink.delete", "web_link");

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

    @Override
    public boolean visibleToVisitors() {
        return true;
    }
}

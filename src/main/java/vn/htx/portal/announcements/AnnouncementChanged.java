package vn.htx.portal.announcements;

import vn.htx.portal.shared.PortalChange;

/**
 * An announcement was written, edited, published or taken down ({@link Kind}). Visitors see a
 * difference when it was or is public: the sidebar of every page lists current announcements.
 */
public record AnnouncementChanged(Kind kind, long announcementId, String title, boolean visibleToVisitors)
        implements PortalChange {

    public enum Kind {
        CREATED("announcement.create"),
        EDITED("announcement.update"),
        PUBLISHED("announcement.publish"),
        UNPUBLISHED("announcement.unpublish");

        private final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    @Override
    public String action() {
        return kind.action;
    }

    @Override
    public String targetType() {
        return "announcement";
    }

    @Override
    public Object targetId() {
        return announcementId;
    }

    @Override
    public String summary() {
        return title;
    }
}

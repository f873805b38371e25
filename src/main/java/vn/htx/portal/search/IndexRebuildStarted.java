package vn.htx.portal.search;

import vn.htx.portal.shared.PortalChange;

/** An administrator started rebuilding the search index from the database. */
public record IndexRebuildStarted() implements PortalChange {

    @Override
    public String action() {
        return "search.rebuild";
    }

    @Override
    public String targetType() {
        return "search-index";
    }

    @Override
    public Object targetId() {
        return null;
    }

    @Override
    public String summary() {
        return "";
    }

    @Override
    public boolean visibleToVisitors() {
        return false;
    }
}

package vn.htx.portal.stats;

import vn.htx.portal.shared.PortalChange;

/** The visitor total carried over from the old site was set: every page's counter changes. */
public record LegacyTotalSet(long before, long after) implements PortalChange {

    @Override
    public String action() {
        return "stats.legacyTotal";
    }

    @Override
    public String targetType() {
        return "stats";
    }

    @Override
    public Object targetId() {
        return 1;
    }

    @Override
    public String summary() {
        return before + " → " + after;
    }

    @Override
    public boolean visibleToVisitors() {
        return true;
    }
}

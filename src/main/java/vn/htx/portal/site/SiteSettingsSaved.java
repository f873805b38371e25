package vn.htx.portal.site;

import vn.htx.portal.shared.PortalChange;

/** The alliance's name, logo or contact details changed: every page's header and footer change. */
public record SiteSettingsSaved(String siteName) implements PortalChange {

    @Override
    public String action() {
        return "settings.update";
    }

    @Override
    public String targetType() {
        return "settings";
    }

    @Override
    public Object targetId() {
        return 1;
    }

    @Override
    public String summary() {
        return siteName;
    }

    @Override
    public boolean visibleToVisitors() {
        return true;
    }
}

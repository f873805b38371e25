package vn.htx.portal.content;

import java.util.List;
import vn.htx.portal.shared.PortalChange;

/** A category was created or changed (name, address, menu place, members): menus and lists change. */
public record CategorySaved(long categoryId, String name, boolean created, List<String> members)
        implements PortalChange {

    @Override
    public String action() {
        return created ? "category.create" : "category.update";
    }

    @Override
    public String targetType() {
        return "category";
    }

    @Override
    public Object targetId() {
        return categoryId;
    }

    @Override
    public String summary() {
        return name + " · " + String.join(", ", members);
    }

    @Override
    public boolean visibleToVisitors() {
        return true;
    }
}

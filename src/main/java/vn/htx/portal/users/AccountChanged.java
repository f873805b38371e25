package vn.htx.portal.users;

import vn.htx.portal.shared.PortalChange;

/** A staff account was created, changed or had its password set ({@link Kind}). Visitors see nothing of it. */
public record AccountChanged(Kind kind, long userId, String summary) implements PortalChange {

    public enum Kind {
        CREATED("user.create"),
        BOOTSTRAPPED("user.bootstrap"),
        EDITED("user.update"),
        PASSWORD_RESET("user.resetPassword"),
        PASSWORD_CHANGED("user.changePassword");

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
        return "user";
    }

    @Override
    public Object targetId() {
        return userId;
    }

    @Override
    public boolean visibleToVisitors() {
        return false;
    }
}

package vn.htx.portal.pages;

/** The two menus a visitor meets: across the top of every page, and in its footer. */
public enum MenuKind {
    MAIN,
    FOOTER
}

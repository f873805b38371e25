package vn.htx.portal.pages;

/** Where a menu item leads. */
public enum MenuTarget {
    HOME,
    CATEGORY,
    PAGE,
    /** The document library, optionally filtered (the item keeps the filter's query). */
    DOCUMENTS,
    ANNOUNCEMENTS,
    SEARCH,
    STATS,
    /** Any address of this site, e.g. {@code /van-ban/4454-qd-bnn}. */
    PATH,
    /** Another site: opened without giving it a hold on this one. */
    EXTERNAL
}

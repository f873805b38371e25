package vn.htx.portal.site;

/** Where a banner shows: across the header of every page (from tablet width), or on the home page. */
public enum BannerPlacement {
    HEADER,
    HOME
}

package vn.htx.portal.shared.web;

import java.util.List;

/**
 * Which addresses are public pages (HTML for visitors), as opposed to the back office, assets,
 * feeds, files and the API. Counting page views and caching pages use the same rule.
 */
public final class PublicPages {

    private static final List<String> NOT_PAGES = List.of(
            "/quan-tri",
            "/dang-nhap",
            "/dang-xuat",
            "/api/",
            "/actuator",
            "/assets/",
            "/webjars/",
            "/media/",
            "/van-ban/tep/",
            "/video/tep/",
            "/error",
            "/favicon");

    private PublicPages() {}

    /** {@code path} without the context path. */
    public static boolean isPage(String path) {
        if (path.endsWith(".xml") || path.endsWith(".txt")) {
            return false;
        }
        for (String prefix : NOT_PAGES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}

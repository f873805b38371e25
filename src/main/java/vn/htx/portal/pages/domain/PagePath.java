package vn.htx.portal.pages.domain;

import java.time.Instant;

/** Where a page is and what it is called, without its text: enough for menus, lists and the sitemap. */
public record PagePath(long id, Long parentId, String path, String title, int sortOrder, Instant updatedAt) {

    public String href() {
        return "/" + path;
    }

    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}

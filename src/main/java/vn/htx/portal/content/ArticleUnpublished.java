package vn.htx.portal.content;

import vn.htx.portal.shared.PortalChange;

/** A public article was taken down: it must disappear from search, kept pages and feeds at once. */
public record ArticleUnpublished(long articleId, String slug, String title) implements PortalChange {

    @Override
    public String action() {
        return "article.unpublish";
    }

    @Override
    public String targetType() {
        return "article";
    }

    @Override
    public Object targetId() {
        return articleId;
    }

    @Override
    public String summary() {
        return title;
    }

    @Override
    public boolean visibleToVisitors() {
        return true;
    }
}

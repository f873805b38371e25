package vn.htx.portal.content;

import vn.htx.portal.shared.PortalChange;

/**
 * An article was written, edited, restored from an earlier version, submitted for review or returned
 * to its author ({@link Kind}). Visitors see a difference only when the article is public.
 */
public record ArticleChanged(Kind kind, long articleId, String title, boolean isPublic, Integer revisionNo)
        implements PortalChange {

    public enum Kind {
        CREATED("article.create"),
        EDITED("article.update"),
        RESTORED("article.restore"),
        SUBMITTED("article.submit"),
        RETURNED("article.return");

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
        return "article";
    }

    @Override
    public Object targetId() {
        return articleId;
    }

    @Override
    public String summary() {
        return revisionNo == null ? title : title + " ← #" + revisionNo;
    }

    @Override
    public boolean visibleToVisitors() {
        return isPublic;
    }
}

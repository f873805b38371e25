package vn.htx.portal.content;

import java.time.Instant;
import vn.htx.portal.shared.PortalChange;

/** An article became public (or will at {@code publishedAt}): search, kept pages and feeds may react. */
public record ArticlePublished(long articleId, String slug, String title, Instant publishedAt) implements PortalChange {

    @Override
    public String action() {
        return "article.publish";
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

package vn.htx.portal.shared;

/**
 * Something the back office changed, raised as a past-tense event by the module that owns it
 * (for instance {@code ArticlePublished}). Side effects listen instead of being called:
 *
 * <ul>
 *   <li>the audit log writes one line, in the same transaction and on the same thread, so the change
 *       and its line commit together, under the signed-in actor and address;
 *   <li>the page memory forgets the pages it keeps, after the commit, when {@link #visibleToVisitors()}.
 * </ul>
 */
public interface PortalChange {

    /** The audit action, e.g. {@code article.publish}. */
    String action();

    /** The kind of item, e.g. {@code article}. */
    String targetType();

    /** Which item; null when the change is not about one item. */
    Object targetId();

    /** A line for the audit log: a title, a number, a name. */
    String summary();

    /** Whether a visitor may see a difference: kept pages are then forgotten at once. */
    boolean visibleToVisitors();
}

package vn.htx.portal.content.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.htx.portal.users.Role;

/**
 * The editorial workflow, condensed from NukeViet's news states and Liferay's single approver:
 * draft → pending review → returned (with a note, back to the author) or published; a publish time
 * in the future makes a published article "scheduled" until then; published → unpublished.
 * Authors can never publish.
 */
public final class ArticleWorkflow {

    public enum Action {
        SUBMIT,
        RETURN,
        PUBLISH,
        UNPUBLISH
    }

    private record Rule(Set<ArticleStatus> from, ArticleStatus to, Set<Role> roles) {}

    private static final Map<Action, Rule> RULES = Map.of(
            Action.SUBMIT,
                    new Rule(
                            EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.RETURNED),
                            ArticleStatus.PENDING,
                            EnumSet.allOf(Role.class)),
            Action.RETURN,
                    new Rule(
                            EnumSet.of(ArticleStatus.PENDING),
                            ArticleStatus.RETURNED,
                            EnumSet.of(Role.EDITOR, Role.ADMIN)),
            Action.PUBLISH,
                    new Rule(
                            EnumSet.of(
                                    ArticleStatus.DRAFT,
                                    ArticleStatus.PENDING,
                                    ArticleStatus.RETURNED,
                                    ArticleStatus.UNPUBLISHED),
                            ArticleStatus.PUBLISHED,
                            EnumSet.of(Role.EDITOR, Role.ADMIN)),
            Action.UNPUBLISH,
                    new Rule(
                            EnumSet.of(ArticleStatus.PUBLISHED),
                            ArticleStatus.UNPUBLISHED,
                            EnumSet.of(Role.EDITOR, Role.ADMIN)));

    private ArticleWorkflow() {}

    /** Where {@code action} by {@code role} takes an article in status {@code from}, or why it may not. */
    public static ArticleStatus next(ArticleStatus from, Action action, Role role) {
        Rule rule = RULES.get(action);
        if (!rule.roles().contains(role)) {
            throw new WorkflowException("workflow.roleNotAllowed");
        }
        if (!rule.from().contains(from)) {
            throw new WorkflowException("workflow.notFromThisStatus");
        }
        return rule.to();
    }

    public static boolean allows(ArticleStatus from, Action action, Role role) {
        Rule rule = RULES.get(action);
        return rule.roles().contains(role) && rule.from().contains(from);
    }

    /** Authors edit their own articles while they are with them; editors and admins edit any time. */
    public static boolean editableBy(ArticleStatus status, Role role, boolean ownArticle) {
        if (role.canPublish()) {
            return true;
        }
        return ownArticle && (status == ArticleStatus.DRAFT || status == ArticleStatus.RETURNED);
    }
}

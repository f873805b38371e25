package vn.htx.portal.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.htx.portal.content.domain.ArticleWorkflow.Action;
import vn.htx.portal.users.Role;

/** Every (status, action, role) combination: the allowed ones lead where they should, all others are refused. */
class ArticleWorkflowTests {

    /** The whole workflow, written out: from, action, role → to. Anything not listed is forbidden. */
    private static final Map<String, ArticleStatus> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT SUBMIT AUTHOR", ArticleStatus.PENDING),
            Map.entry("DRAFT SUBMIT EDITOR", ArticleStatus.PENDING),
            Map.entry("DRAFT SUBMIT ADMIN", ArticleStatus.PENDING),
            Map.entry("RETURNED SUBMIT AUTHOR", ArticleStatus.PENDING),
            Map.entry("RETURNED SUBMIT EDITOR", ArticleStatus.PENDING),
            Map.entry("RETURNED SUBMIT ADMIN", ArticleStatus.PENDING),
            Map.entry("PENDING RETURN EDITOR", ArticleStatus.RETURNED),
            Map.entry("PENDING RETURN ADMIN", ArticleStatus.RETURNED),
            Map.entry("DRAFT PUBLISH EDITOR", ArticleStatus.PUBLISHED),
            Map.entry("DRAFT PUBLISH ADMIN", ArticleStatus.PUBLISHED),
            Map.entry("PENDING PUBLISH EDITOR", ArticleStatus.PUBLISHED),
            Map.entry("PENDING PUBLISH ADMIN", ArticleStatus.PUBLISHED),
            Map.entry("RETURNED PUBLISH EDITOR", ArticleStatus.PUBLISHED),
            Map.entry("RETURNED PUBLISH ADMIN", ArticleStatus.PUBLISHED),
            Map.entry("UNPUBLISHED PUBLISH EDITOR", ArticleStatus.PUBLISHED),
            Map.entry("UNPUBLISHED PUBLISH ADMIN", ArticleStatus.PUBLISHED),
            Map.entry("PUBLISHED UNPUBLISH EDITOR", ArticleStatus.UNPUBLISHED),
            Map.entry("PUBLISHED UNPUBLISH ADMIN", ArticleStatus.UNPUBLISHED));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (ArticleStatus from : ArticleStatus.values()) {
            for (Action action : Action.values()) {
                for (Role role : Role.values()) {
                    all.add(Arguments.of(from, action, role));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyCombination")
    void onlyTheListedTransitionsAreAllowed(ArticleStatus from, Action action, Role role) {
        ArticleStatus expected = ALLOWED.get(from + " " + action + " " + role);
        if (expected != null) {
            assertThat(ArticleWorkflow.next(from, action, role)).isEqualTo(expected);
            assertThat(ArticleWorkflow.allows(from, action, role)).isTrue();
        } else {
            assertThatThrownBy(() -> ArticleWorkflow.next(from, action, role)).isInstanceOf(WorkflowException.class);
            assertThat(ArticleWorkflow.allows(from, action, role)).isFalse();
        }
    }

    @Test
    void anAuthorCanNeverPublishOrUnpublish() {
        for (ArticleStatus from : ArticleStatus.values()) {
            assertThat(ArticleWorkflow.allows(from, Action.PUBLISH, Role.AUTHOR))
                    .isFalse();
            assertThat(ArticleWorkflow.allows(from, Action.UNPUBLISH, Role.AUTHOR))
                    .isFalse();
            assertThat(ArticleWorkflow.allows(from, Action.RETURN, Role.AUTHOR)).isFalse();
        }
        assertThatThrownBy(() -> ArticleWorkflow.next(ArticleStatus.PENDING, Action.PUBLISH, Role.AUTHOR))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.roleNotAllowed");
    }

    @Test
    void authorsEditTheirOwnArticlesOnlyWhileTheArticleIsWithThem() {
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.DRAFT, Role.AUTHOR, true))
                .isTrue();
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.RETURNED, Role.AUTHOR, true))
                .isTrue();
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.PENDING, Role.AUTHOR, true))
                .isFalse();
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.PUBLISHED, Role.AUTHOR, true))
                .isFalse();
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.DRAFT, Role.AUTHOR, false))
                .isFalse();
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.PUBLISHED, Role.EDITOR, false))
                .isTrue();
        assertThat(ArticleWorkflow.editableBy(ArticleStatus.PENDING, Role.ADMIN, false))
                .isTrue();
    }
}

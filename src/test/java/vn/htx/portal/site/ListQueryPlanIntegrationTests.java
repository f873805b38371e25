package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.RecordedStatements;

/**
 * The article lists of the public pages are read in index order on H2, which then stops after the
 * first rows of a page: a list that H2 has to sort reads every published article (on 100,000
 * articles, 4,339 pages instead of 3 for the newest ten). H2 follows an index's order only when the
 * statement's ORDER BY starts with that index's first columns, which is easy to lose in an edit.
 */
class ListQueryPlanIntegrationTests extends PortalIntegrationTest {

    private static final Pattern ORDERED_ARTICLE_LIST =
            Pattern.compile("\\(?select .* from article \\w+ (join .* )?where .* order by .* (fetch|offset) .*");
    private static final Pattern ORDER_BY = Pattern.compile("order by");
    private static final Pattern INDEX_SORTED = Pattern.compile("/\\* index sorted \\*/");

    @Test
    void homeCategoryAndArticlePagesReadTheirListsInIndexOrder() {
        RecordedStatements.clear();
        for (String path :
                List.of("/", "/chuyen-muc/tin-tuc-su-kien", "/bai-viet/" + PublicSiteIntegrationTests.SEED_ARTICLE)) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        List<String> lists = RecordedStatements.all().stream()
                .filter(sql -> ORDERED_ARTICLE_LIST
                        .matcher(sql.toLowerCase(Locale.ROOT))
                        .matches())
                .distinct()
                .toList();
        // latest, featured, the home sections, a category's page, related articles
        assertThat(lists).hasSizeGreaterThanOrEqualTo(5);
        for (String sql : lists) {
            String plan = jdbc.queryForObject("explain " + withValues(sql), String.class);
            assertThat(count(INDEX_SORTED, plan))
                    .as("every ORDER BY of %s follows an index:%n%s", sql, plan)
                    .isEqualTo(count(ORDER_BY, sql.toLowerCase(Locale.ROOT)));
        }
    }

    /** The statement with example values in place of its parameters (the plan does not depend on them). */
    private static String withValues(String sql) {
        return sql.replaceAll("(?i)offset \\? rows", "offset 20 rows")
                .replaceAll("(?i)fetch (first|next) \\? rows", "fetch first 10 rows")
                .replaceAll("(?i)(published_at\\s*<=\\s*)\\?", "$1current_timestamp")
                .replace("?", "1");
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}

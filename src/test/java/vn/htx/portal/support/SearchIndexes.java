package vn.htx.portal.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import vn.htx.portal.search.domain.IndexRebuild;

/** Waiting for the search index: other tests may have started a rebuild, which purges first. */
public final class SearchIndexes {

    private SearchIndexes() {}

    public static void awaitNoRebuild(IndexRebuild rebuild) {
        await("no rebuild running")
                .atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !rebuild.progress().running());
    }
}

package vn.htx.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import vn.htx.portal.search.domain.IndexRebuild;

/** Waiting for the search index: other tests may have started a rebuild, which purges first. */
public final class SearchIndexes {

    private SearchIndexes() {}

    public static void awaitNoRebuild(IndexRebuild rebuild) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (rebuild.progress().running()) {
            assertThat(System.nanoTime()).as("rebuild still running").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

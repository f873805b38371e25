package vn.htx.portal.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.search.SearchApi;
import vn.htx.portal.search.SearchHit;
import vn.htx.portal.search.SearchRequest;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.SearchIndexes;

/** At start-up, an index that does not hold what the database holds is built again by itself. */
class IndexRebuildIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private IndexRebuild rebuild;

    @Autowired
    private SearchApi search;

    @Test
    void rowsTheIndexHasNotSeenAreIndexedByTheStartUpCheck() throws InterruptedException {
        SearchIndexes.awaitNoRebuild(rebuild);
        jdbc.update("insert into announcement (title, slug, body, pinned, status, published_at, created_at, updated_at)"
                + " values ('Thông báo nạp bằng SQL về lớp học làm gốm', 'thong-bao-nap-bang-sql', '<p>Nạp trực tiếp.</p>',"
                + " false, 'PUBLISHED', timestamp '2001-02-03 04:05:06', current_timestamp, current_timestamp)");
        try {
            assertThat(search.search(SearchRequest.of("lớp học làm gốm", 1, 10))
                            .page()
                            .items())
                    .as("rows written by SQL are not seen by the index")
                    .isEmpty();
            assertThat(rebuild.coverage())
                    .anySatisfy(c -> assertThat(c.indexed()).isLessThan(c.stored()));

            rebuild.buildIfMissing();
            SearchIndexes.awaitNoRebuild(rebuild);

            assertThat(search.search(SearchRequest.of("lớp học làm gốm", 1, 10))
                            .page()
                            .items())
                    .extracting(SearchHit::url)
                    .containsExactly("/thong-bao/thong-bao-nap-bang-sql");
            assertThat(rebuild.coverage())
                    .allSatisfy(c -> assertThat(c.indexed()).isEqualTo(c.stored()));
        } finally {
            // written by SQL again, so the index must be told again: leave nothing public behind
            jdbc.update("update announcement set status = 'DRAFT' where slug = 'thong-bao-nap-bang-sql'");
            rebuild.start();
            SearchIndexes.awaitNoRebuild(rebuild);
        }
    }
}

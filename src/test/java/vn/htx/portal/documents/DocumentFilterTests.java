package vn.htx.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFilterTests {

    @Test
    void theAddressSaysWhatIsFilteredAndLinksChangeOneFilterAtATime() {
        DocumentFilter filter = new DocumentFilter("quyết định", "quyet-dinh", null, null, 2019, "con-hieu-luc");
        assertThat(filter.url())
                .isEqualTo(
                        "/van-ban?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh&type=quyet-dinh&year=2019&status=con-hieu-luc");
        assertThat(filter.with("year", 2020)).contains("year=2020").doesNotContain("2019");
        assertThat(filter.with("type", null)).doesNotContain("type=");
    }

    @Test
    void blankValuesAndImpossibleYearsAreNoFilter() {
        DocumentFilter filter = new DocumentFilter("  ", "", null, " ", 99999, null);
        assertThat(filter.isEmpty()).isTrue();
        assertThat(new DocumentFilter("x".repeat(500), null, null, null, null, null).q())
                .hasSize(DocumentFilter.MAX_QUERY_LENGTH);
    }
}

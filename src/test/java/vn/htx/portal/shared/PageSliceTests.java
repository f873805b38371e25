package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageSliceTests {

    @Test
    void numbersPagesFromOne() {
        PageSlice<String> slice = PageSlice.of(new PageImpl<>(List.of("a", "b"), PageRequest.of(1, 2), 7), s -> s);
        assertThat(slice.number()).isEqualTo(2);
        assertThat(slice.totalPages()).isEqualTo(4);
        assertThat(slice.totalItems()).isEqualTo(7);
        assertThat(slice.hasPrevious()).isTrue();
        assertThat(slice.hasNext()).isTrue();
    }

    @Test
    void anEmptyListHasOneEmptyPageThatExists() {
        PageSlice<String> slice = PageSlice.of(new PageImpl<String>(List.of(), PageRequest.of(0, 10), 0), s -> s);
        assertThat(slice.totalPages()).isEqualTo(1);
        assertThat(Paging.requireExisting(slice)).isSameAs(slice);
    }

    @Test
    void aPageBeyondTheLastDoesNotExist() {
        PageSlice<String> slice = new PageSlice<>(List.of(), 5, 4, 40);
        assertThatThrownBy(() -> Paging.requireExisting(slice)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void pageNumbersBelowOneOrAbsurdlyHighDoNotReachTheDatabase() {
        assertThatThrownBy(() -> Paging.request(0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Paging.request(-3, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Paging.request(2_000_000, 10)).isInstanceOf(NotFoundException.class);
        assertThat(Paging.request(3, 10).getOffset()).isEqualTo(20);
    }

    @Test
    void windowShowsNeighboursAndBothEnds() {
        assertThat(new PageSlice<>(List.of(), 10, 20, 200).window()).containsExactly(1, 8, 9, 10, 11, 12, 20);
        assertThat(new PageSlice<>(List.of(), 1, 3, 30).window()).containsExactly(1, 2, 3);
    }
}

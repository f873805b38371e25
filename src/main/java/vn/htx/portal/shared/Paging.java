package vn.htx.portal.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Turns the visitor's {@code ?page=N} into a query page, and refuses pages that cannot exist. */
public final class Paging {

    /** Far beyond any real list; stops absurd offsets from reaching the database. */
    private static final int MAX_PAGE = 100_000;

    private Paging() {}

    public static Pageable request(int page, int size) {
        if (page < 1 || page > MAX_PAGE) {
            throw new NotFoundException("page " + page);
        }
        return PageRequest.of(page - 1, size);
    }

    /** A page past the last one is a 404, like an unknown address; page 1 of an empty list is not. */
    public static <T> PageSlice<T> requireExisting(PageSlice<T> slice) {
        if (slice.number() > slice.totalPages()) {
            throw new NotFoundException("page " + slice.number() + " of " + slice.totalPages());
        }
        return slice;
    }
}

package vn.htx.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a public list, numbered from 1 as visitors see it in {@code ?page=N}.
 *
 * @param items what the page shows
 * @param number this page's number, from 1
 * @param totalPages how many pages there are (at least 1, an empty list has one empty page)
 * @param totalItems how many items all pages hold
 */
public record PageSlice<T>(List<T> items, int number, int totalPages, long totalItems) {

    public static <E, T> PageSlice<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageSlice<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber() + 1,
                Math.max(1, page.getTotalPages()),
                page.getTotalElements());
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages;
    }

    /** The page numbers to offer as links: up to two either side of this one, and the ends. */
    public List<Integer> window() {
        int from = Math.max(1, number - 2);
        int to = Math.min(totalPages, number + 2);
        ArrayList<Integer> pages = new ArrayList<>();
        if (from > 1) {
            pages.add(1);
        }
        for (int p = from; p <= to; p++) {
            pages.add(p);
        }
        if (to < totalPages) {
            pages.add(totalPages);
        }
        return pages;
    }
}

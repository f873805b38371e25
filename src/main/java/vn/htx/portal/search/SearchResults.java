package vn.htx.portal.search;

import java.util.List;
import java.util.Map;
import vn.htx.portal.shared.PageSlice;

/**
 * A page of results, with how many results each kind and each year has for the same words (so the
 * filters can say what choosing them gives).
 */
public record SearchResults(PageSlice<SearchHit> page, Map<SearchKind, Long> kindCounts, List<YearCount> years) {

    public record YearCount(int year, long count) {}

    public long countOf(SearchKind kind) {
        return kindCounts.getOrDefault(kind, 0L);
    }

    public long countAll() {
        return kindCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}

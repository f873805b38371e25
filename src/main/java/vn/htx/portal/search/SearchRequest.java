package vn.htx.portal.search;

import java.util.List;
import java.util.Set;

/**
 * One search as a visitor asks it.
 *
 * @param query the words typed, with or without diacritics; "quoted words" match as a phrase
 * @param kinds which kinds of items to return; empty means all
 * @param year only items of this year (publication, or a document's issue)
 * @param tags exact filter values every result must carry, such as {@code type:quyet-dinh}
 * @param period only items whose validity, today, is this
 * @param order by relevance or newest first
 * @param page the page, from 1
 * @param size results per page
 */
public record SearchRequest(
        String query,
        Set<SearchKind> kinds,
        Integer year,
        List<String> tags,
        Period period,
        Order order,
        int page,
        int size) {

    /** The longest query accepted: a document's summary pasted whole still fits. */
    public static final int MAX_QUERY_LENGTH = 200;

    public enum Order {
        RELEVANCE,
        NEWEST
    }

    /** Where today falls in an item's validity: not started, running, or ended. */
    public enum Period {
        NOT_STARTED,
        RUNNING,
        ENDED
    }

    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchRequest of(String query, int page, int size) {
        return new SearchRequest(query, Set.of(), null, List.of(), null, Order.RELEVANCE, page, size);
    }
}

package vn.htx.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import vn.htx.portal.search.domain.Highlights;
import vn.htx.portal.search.domain.SearchCounts;
import vn.htx.portal.search.domain.SearchFields;
import vn.htx.portal.search.domain.SearchPredicates;
import vn.htx.portal.search.domain.SearchText;
import vn.htx.portal.search.domain.Snippets;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.VietnameseText;

/**
 * Searches everything the public may read. Results come from the index alone (no database query),
 * and only items that are public now: published, and past their publication time.
 */
@Service
public class SearchApi {

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final int TOTAL_COUNT_THRESHOLD = 1000;

    private final EntityManagerFactory entityManagerFactory;
    private final SearchPredicates predicates;
    /** Counts results beside the ranked search: threads shut down with the application. */
    private final SearchCounts counter;

    SearchApi(EntityManagerFactory entityManagerFactory, SearchPredicates predicates, SearchCounts counter) {
        this.entityManagerFactory = entityManagerFactory;
        this.predicates = predicates;
        this.counter = counter;
    }

    /**
     * A page of results. The query must not be blank nor longer than {@link
     * SearchRequest#MAX_QUERY_LENGTH}; a page past the last one is a 404.
     */
    public SearchResults search(SearchRequest request) {
        String query = cleanQuery(request.query());
        Set<String> words = Highlights.foldedWords(query);
        // the counts run beside the ranked page: on an idle 2-core server that halves the wait
        CompletableFuture<SearchResult<?>> counting = counter.count(() -> counts(query, request));
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchPredicateFactory pf = session.scope(Searchable.class).predicate();
            SearchPredicate matching = predicates.matching(pf, query, request, false);
            SearchResult<SearchHit> result = session.search(Searchable.class)
                    .select(f -> f.composite()
                            .from(
                                    f.field(SearchFields.KIND, String.class),
                                    f.id(Long.class),
                                    f.field(SearchFields.SLUG, String.class),
                                    f.field(SearchFields.TITLE, String.class),
                                    f.field(SearchFields.LABEL, String.class),
                                    f.field(SearchFields.NUMBER, String.class),
                                    f.field(SearchFields.DATE, Instant.class),
                                    f.field(SearchFields.SUMMARY, String.class),
                                    f.field(SearchFields.BODY, String.class),
                                    f.field(SearchFields.ATTACHMENTS, String.class))
                            .asList(values -> Snippets.toHit(values, words)))
                    .where(matching)
                    .sort(s -> request.order() == SearchRequest.Order.NEWEST
                            ? s.field(SearchFields.DATE)
                                    .desc()
                                    .missing()
                                    .last()
                                    .then()
                                    .score()
                            : s.score())
                    .totalHitCountThreshold(TOTAL_COUNT_THRESHOLD)
                    .fetch(offset(request), request.size());
            SearchResult<?> counts = counting.join();
            Map<SearchKind, Long> kinds = kindCounts(counts.aggregation(KINDS));
            List<SearchResults.YearCount> years = years(counts.aggregation(YEARS));
            long total = total(
                    request,
                    result,
                    kinds,
                    years,
                    () -> session.search(Searchable.class)
                            .where(predicates.matching(pf, query, request, false))
                            .fetchTotalHitCount());
            int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
            PageSlice<SearchHit> page =
                    Paging.requireExisting(new PageSlice<>(result.hits(), request.page(), pages, total));
            return new SearchResults(page, kinds, years);
        }
    }

    /** How many results each kind and each year has, whatever the kind and year asked for. */
    private SearchResult<?> counts(String query, SearchRequest request) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchPredicateFactory pf = session.scope(Searchable.class).predicate();
            return session.search(Searchable.class)
                    .where(predicates.matching(pf, query, request, true))
                    .aggregation(KINDS, f -> f.terms().field(SearchFields.KIND, String.class))
                    .aggregation(
                            YEARS,
                            f -> f.terms()
                                    .field(SearchFields.YEAR, Integer.class)
                                    .maxTermCount(60))
                    .fetch(0);
        }
    }

    /**
     * How many results there are in all. Ranking stops counting after {@link
     * #TOTAL_COUNT_THRESHOLD} hits (it can then skip what cannot reach the first page); the exact
     * number comes from the counts by kind and year, made without ranking.
     */
    private static long total(
            SearchRequest request,
            SearchResult<?> result,
            Map<SearchKind, Long> kinds,
            List<SearchResults.YearCount> years,
            LongSupplier exactCount) {
        if (result.total().isHitCountExact()) {
            return result.total().hitCount();
        }
        SearchKind kind =
                request.kinds().size() == 1 ? request.kinds().iterator().next() : null;
        if (request.year() == null && request.kinds().isEmpty()) {
            return kinds.values().stream().mapToLong(Long::longValue).sum();
        }
        if (request.year() == null && kind != null) {
            return kinds.getOrDefault(kind, 0L);
        }
        if (request.kinds().isEmpty()) {
            return years.stream()
                    .filter(y -> y.year() == request.year())
                    .mapToLong(SearchResults.YearCount::count)
                    .sum();
        }
        return exactCount.getAsLong();
    }

    /**
     * The ids of documents matching, best first: a whole page of the library's list when its
     * {@code q} filter is used, with how many there are in all.
     */
    public PageSlice<Long> ids(SearchRequest request) {
        String query = cleanQuery(request.query());
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchPredicateFactory pf = session.scope(Searchable.class).predicate();
            SearchResult<Long> result = session.search(Searchable.class)
                    .select(f -> f.id(Long.class))
                    .where(predicates.matching(pf, query, request, false))
                    .sort(s -> request.order() == SearchRequest.Order.NEWEST
                            ? s.field(SearchFields.DATE)
                                    .desc()
                                    .missing()
                                    .last()
                                    .then()
                                    .score()
                            : s.score()
                                    .then()
                                    .field(SearchFields.DATE)
                                    .desc()
                                    .missing()
                                    .last())
                    .fetch(offset(request), request.size());
            long total = result.total().hitCount();
            int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
            return Paging.requireExisting(new PageSlice<>(result.hits(), request.page(), pages, total));
        }
    }

    private static int offset(SearchRequest request) {
        return (int) Paging.request(request.page(), request.size()).getOffset();
    }

    /** The query without surrounding space, in one Unicode form; refuses blank and overlong queries. */
    public static String cleanQuery(String query) {
        String clean = SearchText.clean(query);
        if (clean == null) {
            throw new IllegalArgumentException("blank query");
        }
        clean = VietnameseText.normalizeSpaces(clean);
        if (clean.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query too long");
        }
        return clean;
    }

    private static Map<SearchKind, Long> kindCounts(Map<String, Long> counts) {
        Map<SearchKind, Long> byKind = new EnumMap<>(SearchKind.class);
        counts.forEach((kind, count) -> byKind.put(SearchKind.valueOf(kind), count));
        return byKind;
    }

    private static List<SearchResults.YearCount> years(Map<Integer, Long> counts) {
        List<SearchResults.YearCount> years = new ArrayList<>();
        counts.forEach((year, count) -> years.add(new SearchResults.YearCount(year, count)));
        years.sort(Comparator.comparingInt(SearchResults.YearCount::year).reversed());
        return years;
    }
}

package vn.htx.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.search.domain.Highlights;
import vn.htx.portal.search.domain.SearchFields;
import vn.htx.portal.search.domain.SearchText;
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
    private static final int SNIPPET_CHARS = 240;
    private static final int TOTAL_COUNT_THRESHOLD = 1000;

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final PortalProperties properties;

    /** Counts results beside the ranked search; as many threads as a small server has cores. */
    private final Executor counter =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "search-counts");
                thread.setDaemon(true);
                return thread;
            });

    SearchApi(EntityManagerFactory entityManagerFactory, Clock clock, PortalProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * A page of results. The query must not be blank nor longer than {@link
     * SearchRequest#MAX_QUERY_LENGTH}; a page past the last one is a 404.
     */
    public SearchResults search(SearchRequest request) {
        String query = cleanQuery(request.query());
        Set<String> words = Highlights.foldedWords(query);
        // the counts run beside the ranked page: on an idle 2-core server that halves the wait
        CompletableFuture<SearchResult<?>> counting =
                CompletableFuture.supplyAsync(() -> counts(query, request), counter);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchPredicateFactory pf = session.scope(Searchable.class).predicate();
            SearchPredicate matching = matching(pf, query, request, false);
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
                            .asList(values -> toHit(values, words)))
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
                            .where(matching(pf, query, request, false))
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
                    .where(matching(pf, query, request, true))
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
            java.util.function.LongSupplier exactCount) {
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
                    .where(matching(pf, query, request, false))
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

    /**
     * The items that match, and for results also how they rank. Counting needs no ranking, so it
     * asks the words as a filter (no scores): that is what keeps counting all matches cheap.
     */
    private SearchPredicate matching(SearchPredicateFactory f, String query, SearchRequest request, boolean forCounts) {
        return f.bool(b -> {
                    if (forCounts) {
                        b.filter(words(f, query, false));
                    } else {
                        b.must(words(f, query, true));
                        rank(f, query, b);
                    }
                    b.filter(f.match().field(SearchFields.PUBLIC).matching(true));
                    b.filter(f.range().field(SearchFields.VISIBLE_FROM).atMost(clock.instant()));
                    request.tags()
                            .forEach(tag ->
                                    b.filter(f.match().field(SearchFields.TAGS).matching(tag)));
                    if (request.period() != null) {
                        b.filter(period(f, request.period()));
                    }
                    if (!forCounts) {
                        if (!request.kinds().isEmpty()) {
                            b.filter(f.terms()
                                    .field(SearchFields.KIND)
                                    .matchingAny(request.kinds().stream()
                                            .map(Enum::name)
                                            .toList()));
                        }
                        if (request.year() != null) {
                            b.filter(f.match().field(SearchFields.YEAR).matching(request.year()));
                        }
                    }
                })
                .toPredicate();
    }

    /**
     * A document number typed whole or as the start of one puts that document first. Everything
     * else that ranks weighs inside each word's own clause in {@link #words} (exact accents) or in
     * the index (a title counts three times, a summary twice: see {@code SearchableBinder}): extra clauses over all matches (a phrase in the title, the words again in the
     * title) would stop the index from skipping what cannot reach the first page, and made a common
     * word ten times slower on 100,000 items.
     */
    private static void rank(SearchPredicateFactory f, String query, BooleanPredicateClausesStep<?, ?> b) {
        if (query.chars().anyMatch(Character::isDigit)) {
            b.should(f.match().field(SearchFields.NUMBER).matching(query).boost(40f));
            b.should(f.wildcard()
                    .field(SearchFields.NUMBER)
                    .matching(wildcardPrefix(query))
                    .boost(15f));
        }
    }

    /**
     * A word typed with accents is looked for folded and as written, and found as written it counts
     * this much more: "lựa" finds the text with "lựa" before the one titled "lúa", and "thi đua"
     * ranks "thi đua" above "thì đưa". A word typed without accents says nothing about accents and
     * is looked for folded only. One clause per word, so a query over 100,000 items can still skip
     * the items that cannot reach the first page.
     */
    private static final float EXACT_WEIGHT = 20f;

    /**
     * Every word must be found, folded, in the item's texts (or the query is a document number).
     * Only {@code ranked} also looks for the words as written, which matters for order, not for
     * what matches.
     * Only phrases ("...") are operators: "-" and "/" inside a document number stay part of it.
     */
    private static SearchPredicate words(SearchPredicateFactory f, String query, boolean ranked) {
        SearchPredicate text;
        if (query.indexOf('"') >= 0) {
            // phrases: the words as one query, in the folded text and as written
            text = f.simpleQueryString()
                    .field(SearchFields.TEXT)
                    .field(SearchFields.TEXT_EXACT)
                    .boost(EXACT_WEIGHT)
                    .matching(query)
                    .defaultOperator(BooleanOperator.AND)
                    .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE)
                    .toPredicate();
        } else {
            // each word must be there, folded; typed with accents, also as written, weighing more
            List<SearchPredicate> each = new ArrayList<>();
            for (String word : query.split(" ")) {
                var one = f.simpleQueryString().field(SearchFields.TEXT);
                if (ranked && !VietnameseText.fold(word).equals(word)) {
                    one = one.field(SearchFields.TEXT_EXACT).boost(EXACT_WEIGHT);
                }
                each.add(one.matching(word)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE)
                        .toPredicate());
            }
            text = f.bool(b -> each.forEach(b::must)).toPredicate();
        }
        if (query.chars().noneMatch(Character::isDigit)) {
            return text;
        }
        return f.or(
                        text,
                        f.match().field(SearchFields.NUMBER).matching(query).toPredicate(),
                        f.wildcard()
                                .field(SearchFields.NUMBER)
                                .matching(wildcardPrefix(query))
                                .toPredicate())
                .toPredicate();
    }

    private SearchPredicate period(SearchPredicateFactory f, SearchRequest.Period period) {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        var ended = f.range().field(SearchFields.VALID_UNTIL).atMost(today).toPredicate();
        var notStarted =
                f.range().field(SearchFields.VALID_FROM).greaterThan(today).toPredicate();
        return switch (period) {
            case ENDED -> ended;
            case NOT_STARTED -> f.and(f.not(ended).toPredicate(), notStarted).toPredicate();
            case RUNNING ->
                f.and(f.not(ended).toPredicate(), f.not(notStarted).toPredicate())
                        .toPredicate();
        };
    }

    /** "4454/QĐ-BNN" → "4454/qd-bnn*", wildcards typed by the visitor taken literally. */
    private static String wildcardPrefix(String query) {
        String folded = VietnameseText.fold(query).toLowerCase(Locale.ROOT).strip();
        return folded.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") + "*";
    }

    /**
     * The snippet is cut here from the stored summary, body or file text, around the first word
     * that matches folded: cheaper than asking the index to highlight long texts, and the same words
     * are marked as in the title.
     */
    private static SearchHit toHit(List<?> v, Set<String> words) {
        SearchKind kind = SearchKind.valueOf((String) v.get(0));
        String title = (String) v.get(3);
        String summary = Highlights.mark((String) v.get(7), words);
        String body = Highlights.markAround((String) v.get(8), words, SNIPPET_CHARS);
        String attachments = (String) v.get(9);
        String snippet;
        if (hasMark(summary)) {
            snippet = Highlights.around(summary, SNIPPET_CHARS);
        } else if (hasMark(body)) {
            snippet = body;
        } else if (hasMark(attachments = Highlights.markAround(attachments, words, SNIPPET_CHARS))) {
            snippet = attachments;
        } else {
            snippet = summary != null ? Highlights.around(summary, SNIPPET_CHARS) : "";
        }
        return new SearchHit(
                kind,
                (Long) v.get(1),
                kind.path((String) v.get(2)),
                Highlights.toHtml(Highlights.mark(title, words)),
                Highlights.toHtml(snippet),
                (String) v.get(4),
                (String) v.get(5),
                (Instant) v.get(6));
    }

    private static boolean hasMark(String text) {
        return text != null && text.indexOf(SearchText.MARK_START) >= 0;
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

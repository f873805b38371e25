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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String SNIPPET = "snippet";
    private static final String LEAD = "lead";
    private static final int SNIPPET_CHARS = 240;

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final PortalProperties properties;

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
                                    f.field(SearchFields.folded(SearchFields.TITLE), String.class),
                                    f.field(SearchFields.LABEL, String.class),
                                    f.field(SearchFields.NUMBER, String.class),
                                    f.field(SearchFields.DATE, Instant.class),
                                    f.highlight(SearchFields.folded(SearchFields.SUMMARY))
                                            .highlighter(LEAD),
                                    f.highlight(SearchFields.folded(SearchFields.BODY)),
                                    f.highlight(SearchFields.folded(SearchFields.ATTACHMENTS)))
                            .asList(values -> toHit(values, words)))
                    .where(matching)
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
                    .highlighter(h -> h.unified()
                            .tag(String.valueOf(SearchText.MARK_START), String.valueOf(SearchText.MARK_END))
                            .numberOfFragments(1)
                            .noMatchSize(0))
                    .highlighter(
                            LEAD,
                            h -> h.unified()
                                    .tag(String.valueOf(SearchText.MARK_START), String.valueOf(SearchText.MARK_END))
                                    .numberOfFragments(1)
                                    .noMatchSize(SNIPPET_CHARS))
                    .fetch(offset(request), request.size());
            long total = result.total().hitCount();
            int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
            PageSlice<SearchHit> page =
                    Paging.requireExisting(new PageSlice<>(result.hits(), request.page(), pages, total));
            SearchResult<?> counts = session.search(Searchable.class)
                    .where(matching(pf, query, request, true))
                    .aggregation(KINDS, f -> f.terms().field(SearchFields.KIND, String.class))
                    .aggregation(
                            YEARS,
                            f -> f.terms()
                                    .field(SearchFields.YEAR, Integer.class)
                                    .maxTermCount(60))
                    .fetch(0);
            return new SearchResults(page, kindCounts(counts.aggregation(KINDS)), years(counts.aggregation(YEARS)));
        }
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

    private SearchPredicate matching(SearchPredicateFactory f, String query, SearchRequest request, boolean forCounts) {
        return f.bool(b -> {
                    b.must(words(f, query));
                    exactWords(f, query, b);
                    if (Highlights.foldedWords(query).size() > 1) {
                        // the words side by side, in order, rank above the same words scattered
                        b.should(f.phrase()
                                .field(SearchFields.folded(SearchFields.TITLE))
                                .field(SearchFields.folded(SearchFields.SUMMARY))
                                .field(SearchFields.folded(SearchFields.BODY))
                                .matching(query.replace("\"", " "))
                                .slop(1)
                                .boost(2f));
                    }
                    if (query.chars().anyMatch(Character::isDigit)) {
                        b.should(f.match()
                                .field(SearchFields.NUMBER)
                                .matching(query)
                                .boost(40f));
                        b.should(f.wildcard()
                                .field(SearchFields.NUMBER)
                                .matching(wildcardPrefix(query))
                                .boost(15f));
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

    /** How much a word in each field counts; numbers match in their folded parts only. */
    private static final Map<String, Float> WEIGHTS = Map.of(
            SearchFields.TITLE, 6f,
            SearchFields.NUMBER_TEXT, 4f,
            SearchFields.SUMMARY, 3f,
            SearchFields.PEOPLE, 2f,
            SearchFields.BODY, 1f,
            SearchFields.ATTACHMENTS, 0.6f);

    /**
     * Words typed with their accents that match them exactly add this much more than the folded
     * match every result has: "lựa" finds the text with "lựa" before the one titled "lúa", and "thi
     * đua" ranks "thi đua" above "thì đưa". A query typed without accents matches the folded copies
     * only, so their order is what the field weights say.
     */
    private static final float EXACT_BONUS = 100f;

    private static final int MAX_EXACT_WORDS = 16;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final List<String> TEXT_FIELDS = List.of(
            SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.PEOPLE, SearchFields.BODY, SearchFields.ATTACHMENTS);

    /**
     * Every word must be found, folded, in some text field (or the query is a document number).
     * Only phrases ("...") are operators: "-" and "/" inside a document number stay part of it.
     */
    private static SearchPredicate words(SearchPredicateFactory f, String query) {
        var folded = f.simpleQueryString().field(SearchFields.NUMBER_TEXT).boost(WEIGHTS.get(SearchFields.NUMBER_TEXT));
        for (String field : TEXT_FIELDS) {
            folded = folded.field(SearchFields.folded(field)).boost(WEIGHTS.get(field));
        }
        var text = folded.matching(query)
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE)
                .toPredicate();
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

    /**
     * Each word as written, found with its accents in any text field, adds the same fixed score:
     * more than the folded relevance of any field can, so exact accents come first, and among
     * items with the same exact words the folded relevance decides.
     */
    private static void exactWords(SearchPredicateFactory f, String query, BooleanPredicateClausesStep<?, ?> bool) {
        Matcher word = WORD.matcher(query.toLowerCase(Locale.ROOT));
        Set<String> seen = new java.util.HashSet<>();
        while (word.find() && seen.size() < MAX_EXACT_WORDS) {
            if (seen.add(word.group())) {
                var fields = f.match().field(TEXT_FIELDS.get(0));
                for (String field : TEXT_FIELDS.subList(1, TEXT_FIELDS.size())) {
                    fields = fields.field(field);
                }
                bool.should(fields.matching(word.group()).constantScore().boost(EXACT_BONUS));
            }
        }
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

    @SuppressWarnings("unchecked")
    private static SearchHit toHit(List<?> v, Set<String> words) {
        SearchKind kind = SearchKind.valueOf((String) v.get(0));
        String title = (String) v.get(3);
        String snippet = firstMarked((List<String>) v.get(7), (List<String>) v.get(8), (List<String>) v.get(9));
        if (snippet == null) {
            List<String> lead = (List<String>) v.get(7);
            snippet = lead.isEmpty() ? "" : lead.get(0);
        }
        return new SearchHit(
                kind,
                (Long) v.get(1),
                kind.path((String) v.get(2)),
                Highlights.toHtml(Highlights.mark(title, words)),
                Highlights.toHtml(Highlights.around(snippet, SNIPPET_CHARS)),
                (String) v.get(4),
                (String) v.get(5),
                (Instant) v.get(6));
    }

    @SafeVarargs
    private static String firstMarked(List<String>... candidates) {
        for (List<String> fragments : candidates) {
            for (String fragment : fragments) {
                if (fragment.indexOf(SearchText.MARK_START) >= 0) {
                    return fragment;
                }
            }
        }
        return null;
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

package vn.htx.portal.search.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.springframework.stereotype.Component;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.search.SearchRequest;
import vn.htx.portal.shared.VietnameseText;

/**
 * What a search matches and how it ranks: the words, a document number first, the filters the
 * visitor chose, and the one rule of the index for "public at this instant" ({@link
 * SearchFields#PUBLIC} and {@link SearchFields#VISIBLE_FROM}, written from each item's own rule by
 * {@code SearchableBinder}).
 */
@Component
public class SearchPredicates {

    private final Clock clock;
    private final PortalProperties properties;

    SearchPredicates(Clock clock, PortalProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The items that match, and for results also how they rank. Counting needs no ranking, so it
     * asks the words as a filter (no scores): that is what keeps counting all matches cheap.
     */
    public SearchPredicate matching(SearchPredicateFactory f, String query, SearchRequest request, boolean forCounts) {
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
}

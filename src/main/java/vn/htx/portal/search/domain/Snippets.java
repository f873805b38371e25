package vn.htx.portal.search.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.htx.portal.search.SearchHit;
import vn.htx.portal.search.SearchKind;

/** A result as the visitor sees it: its title and a snippet around the words found, marked. */
public final class Snippets {

    private static final int SNIPPET_CHARS = 240;

    private Snippets() {}

    /**
     * The snippet is cut here from the stored summary, body or file text, around the first word
     * that matches folded: cheaper than asking the index to highlight long texts, and the same words
     * are marked as in the title.
     */
    public static SearchHit toHit(List<?> v, Set<String> words) {
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
}

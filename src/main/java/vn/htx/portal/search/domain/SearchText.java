package vn.htx.portal.search.domain;

import java.text.Normalizer;

/** Text on its way into the index or into a query: one Unicode form, no highlight markers. */
public final class SearchText {

    /** Marks the start of a highlighted word in snippets; private-use, never in real text. */
    public static final char MARK_START = '\uE000';
    /** Marks the end of a highlighted word. */
    public static final char MARK_END = '\uE001';

    private SearchText() {}

    /**
     * Composed form (NFC): a word typed with combining accents ("e" + U+0302 + U+0301) is then the
     * same token as the precomposed "ế" the folding filter knows.
     */
    public static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (composed.indexOf(MARK_START) >= 0 || composed.indexOf(MARK_END) >= 0) {
            composed = composed.replace(MARK_START, ' ').replace(MARK_END, ' ');
        }
        return composed;
    }
}

package vn.htx.portal.search.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import vn.htx.portal.shared.VietnameseText;

/**
 * Turns text with highlight markers into HTML that is safe to write into a page: everything is
 * escaped, then only the markers become {@code <mark>}. Titles are highlighted here word by word,
 * comparing folded words, so "thuong" marks "thưởng" just as the index matched it.
 */
public final class Highlights {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private Highlights() {}

    /** Escaped {@code text} with the marked stretches in {@code <mark>}. */
    public static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(marked, "UTF-8")
                .replace(String.valueOf(SearchText.MARK_START), "<mark>")
                .replace(String.valueOf(SearchText.MARK_END), "</mark>");
    }

    /**
     * At most about {@code maxChars} of {@code marked}, cut at spaces around its first marked word
     * (the index returns whole sentences, and a sentence of a law can run for a page).
     */
    public static String around(String marked, int maxChars) {
        if (marked == null || marked.length() <= maxChars) {
            return marked;
        }
        int first = Math.max(0, marked.indexOf(SearchText.MARK_START));
        int start = Math.max(0, Math.min(first - maxChars / 3, marked.length() - maxChars));
        int end = Math.min(marked.length(), start + maxChars);
        if (start > 0) {
            int space = marked.indexOf(' ', start);
            start = space < 0 || space >= first ? start : space + 1;
        }
        if (end < marked.length()) {
            int space = marked.lastIndexOf(' ', end);
            end = space <= start ? end : space;
        }
        String cut = marked.substring(start, end);
        // a cut must not leave a marker open
        if (cut.lastIndexOf(SearchText.MARK_START) > cut.lastIndexOf(SearchText.MARK_END)) {
            cut = cut + SearchText.MARK_END;
        }
        if (cut.indexOf(SearchText.MARK_END) >= 0
                && (cut.indexOf(SearchText.MARK_START) < 0
                        || cut.indexOf(SearchText.MARK_END) < cut.indexOf(SearchText.MARK_START))) {
            cut = SearchText.MARK_START + cut;
        }
        return (start > 0 ? VietnameseText.ELLIPSIS + " " : "")
                + cut
                + (end < marked.length() ? " " + VietnameseText.ELLIPSIS : "");
    }

    /** The words of a query as the folded analyser sees them. */
    public static Set<String> foldedWords(String query) {
        Set<String> words = new HashSet<>();
        String clean = SearchText.clean(query);
        Matcher m = WORD.matcher(clean == null ? "" : clean);
        while (m.find()) {
            words.add(fold(m.group()));
        }
        return words;
    }

    /**
     * About {@code maxChars} of {@code text} around its first word whose folded form is in {@code
     * words}, cut at spaces, with the words marked; the whole text, unmarked, when none matches.
     * Only the window is marked, so a long file's text costs one fold.
     */
    public static String markAround(String text, Set<String> words, int maxChars) {
        if (text == null) {
            return null;
        }
        String folded = fold(text);
        if (folded.length() != text.length()) {
            return around(mark(text, words), maxChars);
        }
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            if (words.contains(m.group())) {
                int from = Math.max(0, m.start() - maxChars / 3);
                if (from > 0) {
                    int space = text.indexOf(' ', from);
                    from = space < 0 || space >= m.start() ? from : space + 1;
                }
                int to = Math.min(text.length(), from + maxChars);
                if (to < text.length()) {
                    int space = text.lastIndexOf(' ', to);
                    to = space <= m.end() ? to : space;
                }
                return (from > 0 ? VietnameseText.ELLIPSIS + " " : "")
                        + mark(text.substring(from, to), words)
                        + (to < text.length() ? " " + VietnameseText.ELLIPSIS : "");
            }
        }
        return text;
    }

    /** {@code text} with every word whose folded form is in {@code words} marked. */
    public static String mark(String text, Set<String> words) {
        if (text == null) {
            return null;
        }
        // folding a composed text keeps its length, so the folded text's word positions are the
        // original's: one pass instead of one fold per word
        String folded = fold(text);
        boolean aligned = folded.length() == text.length();
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher m = WORD.matcher(aligned ? folded : text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = text.substring(m.start(), m.end());
            if (words.contains(aligned ? m.group() : fold(word))) {
                out.append(SearchText.MARK_START).append(word).append(SearchText.MARK_END);
            } else {
                out.append(word);
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Lower case without diacritics, character by character from a table: the same as {@link
     * VietnameseText#fold} followed by lower case for every letter that folds to one letter, ten
     * times faster on a long text (one table look-up instead of a normalisation per text).
     */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c < FOLDED.length) {
                out[i] = FOLDED[c];
            } else {
                return VietnameseText.fold(text).toLowerCase(Locale.ROOT);
            }
        }
        return new String(out);
    }

    /** Each character below U+2000 folded and in lower case, or itself when that is not one character. */
    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String one = VietnameseText.fold(String.valueOf(c)).toLowerCase(Locale.ROOT);
            FOLDED[c] = one.length() == 1 ? one.charAt(0) : Character.toLowerCase(c);
        }
    }
}

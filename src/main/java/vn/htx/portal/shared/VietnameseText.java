package vn.htx.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for Vietnamese: folding diacritics away and cutting text at a word boundary. */
public final class VietnameseText {

    /** The portal's one language, for texts resolved where no request says it (start-up, data, mail). */
    public static final Locale LOCALE = Locale.forLanguageTag("vi");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    public static final String ELLIPSIS = "…";

    private VietnameseText() {}

    /**
     * Removes diacritics, keeping letter case: "Đẩy mạnh" becomes "Day manh". The letter đ has no
     * decomposition in Unicode, so it is mapped by hand.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Collapses runs of white space into single spaces and trims the ends. */
    public static String normalizeSpaces(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Shortens text to at most {@code maxChars} characters (the ellipsis included), cutting at the
     * last word boundary so that no word is broken, and ends it with "…". Text that fits is returned
     * unchanged.
     */
    public static String truncate(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2");
        }
        String clean = normalizeSpaces(text);
        if (clean.length() <= maxChars) {
            return clean;
        }
        int limit = maxChars - ELLIPSIS.length();
        int cut = clean.lastIndexOf(' ', limit);
        if (cut <= limit / 2) {
            cut = limit;
        }
        String head = clean.substring(0, cut).strip();
        while (!head.isEmpty() && isTrailingPunctuation(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + ELLIPSIS;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '(';
    }
}

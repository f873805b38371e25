package vn.htx.portal.shared;

import java.util.Locale;
import java.util.function.Predicate;

/** URL slugs made from Vietnamese titles: "Đẩy mạnh công tác thi đua" → "day-manh-cong-tac-thi-dua". */
public final class Slug {

    public static final int MAX_LENGTH = 120;

    private Slug() {}

    /**
     * Folds diacritics (đ → d), lower-cases, and joins the remaining letters and digits with single
     * hyphens. Long titles are cut at a hyphen so that no word is broken. Returns an empty string
     * when the text has no letter or digit at all.
     */
    public static String of(String text) {
        String folded = VietnameseText.fold(text).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingHyphen = false;
            } else {
                pendingHyphen = true;
            }
        }
        if (slug.length() <= MAX_LENGTH) {
            return slug.toString();
        }
        int cut = slug.lastIndexOf("-", MAX_LENGTH);
        return slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }

    /**
     * A slug for {@code text} that {@code taken} does not report as used: the plain slug, or the
     * slug followed by "-2", "-3", … . {@code fallback} is used when the text gives no slug at all.
     */
    public static String unique(String text, String fallback, Predicate<String> taken) {
        String base = of(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "-" + n;
            String head = base.length() + suffix.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - suffix.length())
                    : base;
            candidate = head + suffix;
        }
        return candidate;
    }

    /** Whether {@code value} has the form of a slug (so that junk in a URL never reaches a query). */
    public static boolean isWellFormed(String value) {
        return value != null
                && !value.isEmpty()
                && value.length() <= MAX_LENGTH
                && value.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}

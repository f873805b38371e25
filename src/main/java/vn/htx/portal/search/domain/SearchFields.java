package vn.htx.portal.search.domain;

/**
 * Names of the index's fields and analysers. Each text is indexed twice: as written (lower case,
 * diacritics kept) and folded (no diacritics, đ → d), so that "thi dua" finds "thi đua" while an
 * exact-accent match still scores higher. Only the folded copies are stored, for the snippets.
 */
public final class SearchFields {

    /** Standard tokenizer and lower case: Vietnamese words as written. */
    public static final String ANALYZER_EXACT = "vi_exact";
    /** The same, then ASCII folding: "Thưởng" and "thuong" become the same token. */
    public static final String ANALYZER_FOLDED = "vi_folded";
    /** A whole value in lower case without diacritics, for document numbers. */
    public static final String NORMALIZER_FOLDED = "vi_folded_keyword";

    public static final String KIND = "kind";
    public static final String SLUG = "slug";
    public static final String LABEL = "label";
    public static final String NUMBER = "number";
    public static final String NUMBER_TEXT = "number_text";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String ATTACHMENTS = "attachments";
    public static final String PEOPLE = "people";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String PUBLIC = "public";
    public static final String VISIBLE_FROM = "visible_from";
    public static final String TAGS = "tags";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_UNTIL = "valid_until";

    /** The suffix of a text field's folded copy. */
    public static final String FOLDED = "_folded";

    private SearchFields() {}

    public static String folded(String field) {
        return field + FOLDED;
    }
}

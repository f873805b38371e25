package vn.htx.portal.search.domain;

/**
 * Names of the index's fields and analysers. All texts of an item are searched through two
 * catch-all fields: folded (no diacritics, đ → d), so that "thi dua" finds "thi đua", and as written
 * (lower case, diacritics kept), so that an exact-accent match scores higher. A title goes in three
 * times and a summary twice, so that they weigh more. Title, summary, body and file text are also
 * stored on their own, for the results and their snippets. Few fields per word keep a query over
 * 100,000 items fast.
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
    public static final String TEXT = "text";
    public static final String TEXT_EXACT = "text_exact";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String ATTACHMENTS = "attachments";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String PUBLIC = "public";
    public static final String VISIBLE_FROM = "visible_from";
    public static final String TAGS = "tags";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_UNTIL = "valid_until";

    private SearchFields() {}
}

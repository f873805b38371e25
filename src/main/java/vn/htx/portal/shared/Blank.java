package vn.htx.portal.shared;

/** What a form field left empty means: nothing. One rule for every module. */
public final class Blank {

    private Blank() {}

    /** The value without surrounding white space, or null when there is nothing else. */
    public static String toNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value without surrounding white space, or {@code fallback} when there is nothing else. */
    public static String or(String value, String fallback) {
        String clean = toNull(value);
        return clean == null ? fallback : clean;
    }
}

package vn.htx.portal.pages;

/** A change the site's structure does not allow; {@code messageKey} says why, in Vietnamese. */
public class SiteStructureException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public SiteStructureException(String field, String messageKey) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the message belongs beside. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

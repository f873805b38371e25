package vn.htx.portal.gallery;

/** An album, photo or video refused; {@code messageKey} (with its arguments) says why, in Vietnamese. */
public class GalleryException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public GalleryException(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

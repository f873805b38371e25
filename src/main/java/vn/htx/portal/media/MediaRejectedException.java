package vn.htx.portal.media;

/** An upload that was refused; {@code messageKey} is the Vietnamese reason shown to the user. */
public class MediaRejectedException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public MediaRejectedException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}

package vn.htx.portal.documents;

/** A refused change to the library; {@code messageKey} is the Vietnamese reason, shown next to {@code field}. */
public class DocumentException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public DocumentException(String field, String messageKey, Object... arguments) {
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
        return arguments;
    }
}

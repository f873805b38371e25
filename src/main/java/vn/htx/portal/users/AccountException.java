package vn.htx.portal.users;

/** A refused account change; {@code messageKey} names the Vietnamese message shown next to {@code field}. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountException(String field, String messageKey) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

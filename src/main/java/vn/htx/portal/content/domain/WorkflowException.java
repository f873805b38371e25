package vn.htx.portal.content.domain;

/** A change the workflow or the user's rights do not allow; {@code messageKey} says why, in Vietnamese. */
public class WorkflowException extends RuntimeException {

    private final String messageKey;

    public WorkflowException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

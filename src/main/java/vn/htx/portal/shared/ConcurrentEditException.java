package vn.htx.portal.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A save based on a version of an item that somebody else has changed since: refused, so that their
 * changes are never silently overwritten. The form shows the newer version beside what was typed.
 * An {@link OptimisticLockingFailureException}, like the one the database raises when two saves of
 * the same version run at the same moment, so that callers handle both in one place.
 */
public class ConcurrentEditException extends OptimisticLockingFailureException {

    public static final String MESSAGE_KEY = "edit.stale";

    public ConcurrentEditException(String what) {
        super(what + " was changed by somebody else since it was opened");
    }

    /** Refuses a save that was not based on the version the item has now. */
    public static void requireVersion(long current, Long basedOn, String what) {
        if (basedOn == null || basedOn != current) {
            throw new ConcurrentEditException(what);
        }
    }
}

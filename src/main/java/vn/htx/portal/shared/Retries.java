package vn.htx.portal.shared;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Saves that choose a unique value (a slug, a number) by looking first can lose a race with the same
 * save running at the same moment: the database's unique constraint then refuses the loser. Run
 * again in a new transaction, the look sees the winner's row and picks another value (or refuses
 * with the form's own message). Call from outside the transaction, e.g. from a controller.
 */
public final class Retries {

    /** Enough for a burst of this many identical saves at once: each round at least one wins. */
    static final int ATTEMPTS = 12;

    private Retries() {}

    public static <T> T onUniqueRace(Supplier<T> save) {
        for (int attempt = 1; ; attempt++) {
            try {
                return save.get();
            } catch (OptimisticLockingFailureException e) {
                throw e; // a stale edit: the caller shows it, trying again would overwrite
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

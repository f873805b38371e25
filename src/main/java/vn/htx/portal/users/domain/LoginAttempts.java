package vn.htx.portal.users.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.htx.portal.shared.PeriodicWrites;

/**
 * Counts login attempts in the database, atomically, so that parallel requests (or several nodes)
 * cannot check more passwords than the limits allow. An attempt is reserved before its password is
 * checked: one conditional UPDATE per name and per address, which the database runs one at a time
 * for a row. A successful login gives its reservations back.
 *
 * <ul>
 *   <li>a user name (real or not): {@link #MAX_FAILURES} failures in a row lock it for
 *       {@link #LOCK_DURATION};
 *   <li>a client address: {@link #MAX_FAILURES_PER_ADDRESS} failures within
 *       {@link #ADDRESS_WINDOW} refuse further attempts from it until the window ends. Generous on
 *       purpose: many people share one address behind a mobile carrier's NAT or an office router,
 *       and only failures count.
 * </ul>
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final Duration KEPT = Duration.ofDays(1);

    /** Why an attempt was refused before its password was looked at, or that it may go ahead. */
    public enum Reservation {
        GRANTED,
        NAME_LOCKED,
        ADDRESS_BLOCKED
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginAttempts(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, PeriodicWrites writes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        writes.register(this::sweep, Duration.ofMinutes(10));
    }

    /** Reserves one attempt for {@code username} from {@code address}; nothing is reserved when refused. */
    public Reservation reserve(String username, String address) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        ensureRow(
                "insert into login_address_throttle (client_address, failures, window_start) "
                        + "select ?, 0, ? where not exists (select 1 from login_address_throttle where client_address = ?)",
                address,
                at,
                address);
        ensureRow(
                "insert into login_throttle (username, failures, last_failure_at) "
                        + "select ?, 0, ? where not exists (select 1 from login_throttle where username = ?)",
                username,
                at,
                username);
        return transactions.execute(tx -> {
            Timestamp windowOpen = Timestamp.from(now.minus(ADDRESS_WINDOW));
            jdbc.update(
                    "update login_address_throttle set failures = 0, window_start = ? "
                            + "where client_address = ? and window_start <= ?",
                    at,
                    address,
                    windowOpen);
            int addressGranted = jdbc.update(
                    "update login_address_throttle set failures = failures + 1 "
                            + "where client_address = ? and failures < ?",
                    address,
                    MAX_FAILURES_PER_ADDRESS);
            if (addressGranted == 0) {
                return Reservation.ADDRESS_BLOCKED;
            }
            jdbc.update(
                    "update login_throttle set failures = 0, locked_until = null "
                            + "where username = ? and locked_until is not null and locked_until <= ?",
                    username,
                    at);
            int nameGranted = jdbc.update(
                    "update login_throttle set failures = failures + 1, last_failure_at = ? "
                            + "where username = ? and failures < ? and locked_until is null",
                    at,
                    username,
                    MAX_FAILURES);
            if (nameGranted == 0) {
                // give the address its attempt back: a locked name was not tried
                jdbc.update(
                        "update login_address_throttle set failures = failures - 1 "
                                + "where client_address = ? and failures > 0",
                        address);
                return Reservation.NAME_LOCKED;
            }
            return Reservation.GRANTED;
        });
    }

    /** The reserved attempt had the right password: the name starts afresh, the address gets it back. */
    public void succeeded(String username, String address) {
        transactions.executeWithoutResult(tx -> {
            jdbc.update("delete from login_throttle where username = ?", username);
            jdbc.update(
                    "update login_address_throttle set failures = failures - 1 where client_address = ? and failures > 0",
                    address);
        });
    }

    /** The reserved attempt failed (it is already counted); returns whether the name is locked now. */
    public boolean failed(String username) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transactions.execute(tx -> jdbc.update(
                        "update login_throttle set locked_until = ? "
                                + "where username = ? and failures >= ? and locked_until is null",
                        Timestamp.from(now.plus(LOCK_DURATION)),
                        username,
                        MAX_FAILURES)
                > 0));
    }

    /** Rows of names and addresses not seen for a day go (a lock lasts 15 minutes, a window as long). */
    public void sweep() {
        Timestamp before = Timestamp.from(clock.instant().minus(KEPT));
        jdbc.update(
                "delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                before,
                before);
        jdbc.update("delete from login_address_throttle where window_start < ?", before);
    }

    /** Creates the counting row once; when a parallel attempt created it first, that is just as good. */
    private void ensureRow(String sql, Object... args) {
        try {
            transactions.executeWithoutResult(tx -> jdbc.update(sql, args));
        } catch (DataIntegrityViolationException alreadyThere) {
            // another attempt inserted the same row between our check and our insert
        }
    }
}

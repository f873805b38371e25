package vn.htx.portal.users.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed logins for one typed user name. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @Column(length = 60)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginThrottle() {}

    public LoginThrottle(String username, Instant now) {
        this.username = username;
        this.lastFailureAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth one in a row locks the name for fifteen minutes. */
    public void fail(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    public int getFailures() {
        return failures;
    }
}

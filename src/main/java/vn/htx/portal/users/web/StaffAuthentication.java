package vn.htx.portal.users.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.htx.portal.users.UsersApi;
import vn.htx.portal.users.domain.AppUserRepository;
import vn.htx.portal.users.domain.LoginThrottle;
import vn.htx.portal.users.domain.LoginThrottleRepository;

/**
 * Password login with lock-out: five failures in a row for a user name lock it for fifteen minutes.
 * Failures are counted for any typed name, real or not, and a disabled account fails like a wrong
 * password, so nothing the form says reveals whether an account exists.
 */
class StaffAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottleRepository throttles;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffAuthentication(
            AppUserRepository users,
            PasswordEncoder encoder,
            LoginThrottleRepository throttles,
            TransactionTemplate transactions,
            Clock clock) {
        UserDetailsService details = username -> users.findByUsername(UsersApi.normalizeUsername(username))
                .map(u -> User.withUsername(u.getUsername())
                        .password(u.getPasswordHash())
                        .authorities(u.getRole().authority())
                        .disabled(!u.isEnabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.throttles = throttles;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = UsersApi.normalizeUsername(authentication.getName());
        if (username.isEmpty() || username.length() > 60) {
            throw new BadCredentialsException("bad credentials");
        }
        Instant now = clock.instant();
        if (Boolean.TRUE.equals(transactions.execute(
                tx -> throttles.findById(username).map(t -> t.isLocked(now)).orElse(false)))) {
            throw new LockedException("locked");
        }
        try {
            Authentication checked = passwords.authenticate(
                    new UsernamePasswordAuthenticationToken(username, authentication.getCredentials()));
            transactions.executeWithoutResult(tx -> throttles.deleteById(username));
            // the session remembers which password it was signed in with (StaffSessionCheck)
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                    checked.getPrincipal(), null, checked.getAuthorities());
            result.setDetails(StaffSessionCheck.PasswordStamp.of(((User) checked.getPrincipal()).getPassword()));
            return result;
        } catch (BadCredentialsException | DisabledException | LockedException e) {
            boolean lockedNow = Boolean.TRUE.equals(transactions.execute(tx -> {
                LoginThrottle throttle = throttles.findById(username).orElseGet(() -> new LoginThrottle(username, now));
                throttle.fail(now);
                throttles.save(throttle);
                return throttle.isLocked(now);
            }));
            throw lockedNow ? new LockedException("locked") : new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package vn.htx.portal.users.web;

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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.htx.portal.users.AuditLog;
import vn.htx.portal.users.UsersApi;
import vn.htx.portal.users.domain.AppUserRepository;
import vn.htx.portal.users.domain.LoginAttempts;

/**
 * Password login with lock-out: five failures in a row for a user name lock it for fifteen minutes,
 * and one client address failing many times is refused for a while ({@link LoginAttempts}, counted
 * atomically in the database before a password is checked). Failures are counted for any typed
 * name, real or not, and a disabled account fails like a wrong password, so nothing the form says
 * reveals whether an account exists. Failures and lock-outs go to the audit log.
 */
class StaffAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final AuditLog audit;

    StaffAuthentication(AppUserRepository users, PasswordEncoder encoder, LoginAttempts attempts, AuditLog audit) {
        UserDetailsService details = username -> users.findByUsername(UsersApi.normalizeUsername(username))
                .map(u -> User.withUsername(u.getUsername())
                        .password(u.getPasswordHash())
                        .authorities(u.getRole().authority())
                        .disabled(!u.isEnabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = UsersApi.normalizeUsername(authentication.getName());
        if (username.isEmpty() || username.length() > 60) {
            throw new BadCredentialsException("bad credentials");
        }
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                        ? web.getRemoteAddress()
                        : "unknown";
        switch (attempts.reserve(username, address)) {
            case NAME_LOCKED -> throw new LockedException("locked");
            // refused attempts are not written to the audit log one by one: a flood would fill it
            case ADDRESS_BLOCKED -> throw new AddressBlockedException();
            case GRANTED -> {
                // go on: this attempt is counted and may check its password
            }
        }
        Authentication checked;
        try {
            checked = passwords.authenticate(
                    new UsernamePasswordAuthenticationToken(username, authentication.getCredentials()));
        } catch (BadCredentialsException | DisabledException | LockedException e) {
            boolean lockedNow = attempts.failed(username);
            audit.recordLogin(lockedNow ? "login.locked" : "login.failed", username);
            throw lockedNow ? new LockedException("locked") : new BadCredentialsException("bad credentials");
        }
        attempts.succeeded(username, address);
        // the session remembers which password it was signed in with (StaffSessionCheck)
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                checked.getPrincipal(), null, checked.getAuthorities());
        result.setDetails(StaffSessionCheck.PasswordStamp.of(((User) checked.getPrincipal()).getPassword()));
        return result;
    }

    /** Too many failed logins from this client address in the current window. */
    static class AddressBlockedException extends LockedException {
        AddressBlockedException() {
            super("address blocked");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

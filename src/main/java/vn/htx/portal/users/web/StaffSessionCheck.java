package vn.htx.portal.users.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.htx.portal.shared.Hashes;
import vn.htx.portal.users.domain.AppUser;
import vn.htx.portal.users.domain.AppUserRepository;

/**
 * What an account may do is read from the database on every request of a signed-in session, not
 * remembered from the sign-in: a disabled or deleted account's sessions end at their next request,
 * a changed role takes effect at once (more or fewer rights), and a changed or reset password ends
 * every session signed in with the old one (the one that changed it its own password is renewed).
 * One indexed read per back-office request; sessions live in the database or in memory alike.
 */
class StaffSessionCheck extends OncePerRequestFilter {

    /** Which password a session was signed in with: a hash of its hash, never the hash itself. */
    record PasswordStamp(String value) implements Serializable {
        static PasswordStamp of(String passwordHash) {
            return new PasswordStamp(Hashes.sha256Hex(passwordHash.getBytes(StandardCharsets.UTF_8))
                    .substring(0, 32));
        }
    }

    private final AppUserRepository users;
    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    StaffSessionCheck(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Optional<AppUser> user = users.findByUsername(authentication.getName());
            if (user.isEmpty() || !user.get().isEnabled() || !signedInWithCurrentPassword(authentication, user.get())) {
                end(request);
            } else if (!hasExactly(authentication, user.get().getRole().authority())) {
                replace(
                        List.of(new SimpleGrantedAuthority(user.get().getRole().authority())),
                        authentication.getDetails(),
                        request,
                        response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Sessions signed in with a password (all of them, through {@link StaffAuthentication}) are bound to it. */
    private static boolean signedInWithCurrentPassword(Authentication authentication, AppUser user) {
        return !(authentication.getDetails() instanceof PasswordStamp stamp)
                || stamp.equals(PasswordStamp.of(user.getPasswordHash()));
    }

    private static boolean hasExactly(Authentication authentication, String authority) {
        return authentication.getAuthorities().size() == 1
                && authentication
                        .getAuthorities()
                        .iterator()
                        .next()
                        .getAuthority()
                        .equals(authority);
    }

    /** The session is over: this request goes on as a visitor's (the back office then asks to sign in). */
    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** After the signed-in user changed their own password: this session goes on with the new one. */
    static void renew(HttpServletRequest request, HttpServletResponse response, AppUserRepository users) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        AppUser user = users.findByUsername(current.getName()).orElseThrow();
        replace(current.getAuthorities(), PasswordStamp.of(user.getPasswordHash()), request, response);
    }

    /** The signed-in user goes on with these rights and details, in this request and in the session. */
    private static void replace(
            Collection<? extends GrantedAuthority> authorities,
            Object details,
            HttpServletRequest request,
            HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
        renewed.setDetails(details);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}

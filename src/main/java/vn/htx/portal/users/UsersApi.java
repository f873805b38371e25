package vn.htx.portal.users;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.VietnameseText;
import vn.htx.portal.users.domain.AppUser;
import vn.htx.portal.users.domain.AppUserRepository;
import vn.htx.portal.users.domain.AuditEvent;
import vn.htx.portal.users.domain.AuditEventRepository;

/** Staff accounts: who is acting, and (for admins) creating, changing and disabling accounts. */
@Service
@Transactional(readOnly = true)
public class UsersApi {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

    private final AppUserRepository users;
    private final AuditEventRepository auditEvents;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    UsersApi(
            AppUserRepository users,
            AuditEventRepository auditEvents,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages) {
        this.users = users;
        this.auditEvents = auditEvents;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
    }

    /** A text the portal writes into its own data (a name, an audit line): Vietnamese, from the messages. */
    private String text(String key) {
        return messages.getMessage(key, null, VietnameseText.LOCALE);
    }

    /** The signed-in, enabled staff member of this request, read fresh so that a disabled account stops at once. */
    public Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName())
                .filter(AppUser::isEnabled)
                .map(UsersApi::toStaff);
    }

    public StaffMember requireCurrent() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public List<StaffMember> all() {
        return users.findAllByOrderByUsernameAsc().stream()
                .map(UsersApi::toStaff)
                .toList();
    }

    public Optional<StaffMember> byId(long id) {
        return users.findById(id).map(UsersApi::toStaff);
    }

    /** Display names by user name, for lists that show who wrote or changed something. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    public long count() {
        return users.count();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffMember create(String username, String displayName, String email, Role role, String password) {
        String name = normalizeUsername(username);
        if (!name.matches(USERNAME_PATTERN)) {
            throw new AccountException("username", "account.username.invalid");
        }
        if (users.existsByUsername(name)) {
            throw new AccountException("username", "account.username.taken");
        }
        passwordPolicy.check("password", name, password);
        AppUser user = users.save(new AppUser(
                name,
                displayName.strip(),
                Blank.toNull(email),
                passwordEncoder.encode(password),
                role,
                clock.instant()));
        events.publishEvent(new AccountChanged(AccountChanged.Kind.CREATED, user.getId(), name + " (" + role + ")"));
        return toStaff(user);
    }

    /** Creates the first administrator on an empty database; not reachable from the web. */
    @Transactional
    public void bootstrapAdmin(String username, String password) {
        if (users.count() > 0) {
            return;
        }
        AppUser admin = users.save(new AppUser(
                username,
                text("users.bootstrap.displayName"),
                null,
                passwordEncoder.encode(password),
                Role.ADMIN,
                clock.instant()));
        events.publishEvent(new AccountChanged(AccountChanged.Kind.BOOTSTRAPPED, admin.getId(), username));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffMember update(long id, String displayName, String email, Role role, boolean enabled, Long basedOn) {
        AppUser user = users.findById(id).orElseThrow(() -> new AccountException("id", "account.notFound"));
        ConcurrentEditException.requireVersion(user.getVersion(), basedOn, "user " + id);
        StaffMember me = requireCurrent();
        if (me.id() == id && (!enabled || role != Role.ADMIN)) {
            throw new AccountException("role", "account.cannotDemoteSelf");
        }
        String locked = " (" + text("users.locked") + ")";
        String before = user.getRole() + (user.isEnabled() ? "" : locked);
        user.update(displayName.strip(), Blank.toNull(email), role, enabled, clock.instant());
        events.publishEvent(new AccountChanged(
                AccountChanged.Kind.EDITED,
                id,
                user.getUsername() + ": " + before + " → " + role + (enabled ? "" : locked)));
        return toStaff(user);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        AppUser user = users.findById(id).orElseThrow(() -> new AccountException("id", "account.notFound"));
        passwordPolicy.check("password", user.getUsername(), newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(new AccountChanged(AccountChanged.Kind.PASSWORD_RESET, id, user.getUsername()));
    }

    /** Every signed-in user may change their own password, knowing the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(requireCurrent().username()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountException("currentPassword", "password.currentWrong");
        }
        passwordPolicy.check("newPassword", user.getUsername(), newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(new AccountChanged(AccountChanged.Kind.PASSWORD_CHANGED, user.getId(), user.getUsername()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PageSlice<AuditEntry> auditLog(int page, int size) {
        Page<AuditEvent> events = auditEvents.findAllByOrderByOccurredAtDescIdDesc(Paging.request(page, size));
        return PageSlice.of(events, UsersApi::toEntry);
    }

    /** The newest changes: all of them for admins, one's own for everybody else. */
    public List<AuditEntry> recentActivity(StaffMember who, int count) {
        Page<AuditEvent> events = who.isAdmin()
                ? auditEvents.findAllByOrderByOccurredAtDescIdDesc(Paging.request(1, count))
                : auditEvents.findByActorOrderByOccurredAtDescIdDesc(who.username(), Paging.request(1, count));
        return events.getContent().stream().map(UsersApi::toEntry).toList();
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static StaffMember toStaff(AppUser u) {
        return new StaffMember(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmail(),
                u.getRole(),
                u.isEnabled(),
                u.getVersion());
    }

    private static AuditEntry toEntry(AuditEvent e) {
        return new AuditEntry(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                e.getSummary(),
                e.getClientIp());
    }
}

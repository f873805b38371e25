package vn.htx.portal.users;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.htx.portal.users.domain.AuditEvent;
import vn.htx.portal.users.domain.AuditEventRepository;

/**
 * Records back-office changes. It joins the caller's transaction, so a change and its record are
 * committed together or not at all. Actor and address come from the current request. Changes reach
 * it only as {@link vn.htx.portal.shared.PortalChange} events through {@link AuditTrail}: {@link
 * #record} is not public, so no module can write a line of its own beside its event.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param action what happened, e.g. {@code article.publish}
     * @param targetType the kind of item, e.g. {@code article}
     * @param targetId which item
     * @param summary a human-readable line (a title, a name, what changed)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    void record(String action, String targetType, Object targetId, String summary) {
        events.save(new AuditEvent(
                clock.instant(),
                actor(),
                action,
                targetType,
                targetId == null ? null : String.valueOf(targetId),
                summary == null ? null : summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                clientIp()));
    }

    /**
     * A sign-in event, recorded in a transaction of its own under the typed user name (there is
     * nobody signed in yet): {@code login.failed}, {@code login.locked}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(String action, String typedName) {
        String actor = typedName == null || typedName.isBlank() ? SYSTEM : typedName;
        events.save(new AuditEvent(
                clock.instant(),
                actor.length() > 60 ? actor.substring(0, 60) : actor,
                action,
                "login",
                null,
                null,
                clientIp()));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : SYSTEM;
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

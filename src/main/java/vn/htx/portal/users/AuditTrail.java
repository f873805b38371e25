package vn.htx.portal.users;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.htx.portal.shared.PortalChange;

/**
 * Writes the audit line of every {@link PortalChange}. Listens synchronously, inside the
 * transaction that made the change, rather than as an asynchronous module listener after the
 * commit: so the change and its line are committed together or not at all (no event publication
 * registry needed to not lose one), and the actor and address are those of the request.
 */
@Component
class AuditTrail {

    private final AuditLog audit;

    AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(PortalChange change) {
        audit.record(change.action(), change.targetType(), change.targetId(), change.summary());
    }
}

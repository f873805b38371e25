package vn.htx.portal.users;

import java.time.Instant;

/** One recorded back-office change: who did what to which item, when and from which address. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String summary,
        String clientIp) {}

package vn.htx.portal.site;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.site.domain.SiteSettingsRepository;
import vn.htx.portal.site.domain.SiteSettingsRow;
import vn.htx.portal.users.AuditLog;

/** Changing the site's name, logo and contact details: administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SiteSettingsManager {

    private final SiteSettingsRepository settings;
    private final AuditLog audit;
    private final Clock clock;

    SiteSettingsManager(SiteSettingsRepository settings, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves {@code s} over the settings, which must still be at {@code s.version()}. */
    @Transactional
    public void save(SiteSettings s) {
        SiteSettingsRow row = settings.settings();
        ConcurrentEditException.requireVersion(row.getVersion(), s.version(), "settings");
        row.update(
                s.siteName().strip(),
                blank(s.tagline()),
                blank(s.address()),
                blank(s.phone()),
                blank(s.email()),
                blank(s.website()),
                blank(s.footerText()),
                blank(s.logoUrl()),
                clock.instant());
        audit.record("settings.update", "settings", 1, s.siteName());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

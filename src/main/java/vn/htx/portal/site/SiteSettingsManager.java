package vn.htx.portal.site;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.site.domain.SiteSettingsRepository;
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

    @Transactional
    public void save(SiteSettings s) {
        settings.settings()
                .update(
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

package vn.htx.portal.site;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.site.domain.SiteSettingsRepository;
import vn.htx.portal.site.domain.SiteSettingsRow;

/** Changing the site's name, logo and contact details: administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SiteSettingsManager {

    private final SiteSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteSettingsManager(SiteSettingsRepository settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Saves {@code s} over the settings, which must still be at {@code s.version()}. */
    @Transactional
    public void save(SiteSettings s) {
        SiteSettingsRow row = settings.settings();
        ConcurrentEditException.requireVersion(row.getVersion(), s.version(), "settings");
        row.update(
                s.siteName().strip(),
                Blank.toNull(s.tagline()),
                Blank.toNull(s.address()),
                Blank.toNull(s.phone()),
                Blank.toNull(s.email()),
                Blank.toNull(s.website()),
                Blank.toNull(s.footerText()),
                Blank.toNull(s.logoUrl()),
                clock.instant());
        events.publishEvent(new SiteSettingsSaved(s.siteName().strip()));
    }
}

package vn.htx.portal.site.demo;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.site.domain.SiteSettingsRepository;
import vn.htx.portal.site.domain.SiteSettingsRow;

/** Contact details for the footer of the demo site (clearly fictitious: example addresses only). */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class SiteDemoData implements ApplicationRunner {

    private final SiteSettingsRepository settings;
    private final Clock clock;

    SiteDemoData(SiteSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SiteSettingsRow row = settings.settings();
        if (row.getAddress() != null || row.getPhone() != null || row.getEmail() != null) {
            return;
        }
        String[] contacts = DemoFiles.tsv("demo/site.tsv", 5).get(0);
        row.updateContacts(contacts[0], contacts[1], contacts[2], contacts[3], contacts[4], clock.instant());
    }
}

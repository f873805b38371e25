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
import vn.htx.portal.site.domain.WebLink;
import vn.htx.portal.site.domain.WebLinkRepository;

/**
 * Contact details for the footer of the demo site (clearly fictitious: example addresses only) and
 * the "Liên kết website" block (real public agencies' sites, {@code demo/links.tsv}).
 */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class SiteDemoData implements ApplicationRunner {

    private final SiteSettingsRepository settings;
    private final WebLinkRepository links;
    private final Clock clock;

    SiteDemoData(SiteSettingsRepository settings, WebLinkRepository links, Clock clock) {
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (links.count() == 0) {
            int order = 0;
            for (String[] l : DemoFiles.tsv("demo/links.tsv", 2)) {
                WebLink link = new WebLink(l[0], l[1]);
                link.describe(l[0], l[1], null, order += 10);
                links.save(link);
            }
        }
        SiteSettingsRow row = settings.settings();
        if (row.getAddress() != null || row.getPhone() != null || row.getEmail() != null) {
            return;
        }
        String[] contacts = DemoFiles.tsv("demo/site.tsv", 5).get(0);
        row.updateContacts(contacts[0], contacts[1], contacts[2], contacts[3], contacts[4], clock.instant());
    }
}

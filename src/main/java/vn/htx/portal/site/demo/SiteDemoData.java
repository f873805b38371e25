package vn.htx.portal.site.demo;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.media.DemoPictures;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.site.BannerPlacement;
import vn.htx.portal.site.domain.Banner;
import vn.htx.portal.site.domain.BannerRepository;
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

    private static final long BANNER_SEED = 7;

    private final SiteSettingsRepository settings;
    private final WebLinkRepository links;
    private final BannerRepository banners;
    private final MediaApi media;
    private final Clock clock;

    SiteDemoData(
            SiteSettingsRepository settings,
            WebLinkRepository links,
            BannerRepository banners,
            MediaApi media,
            Clock clock) {
        this.settings = settings;
        this.links = links;
        this.banners = banners;
        this.media = media;
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
        if (banners.count() == 0) {
            // a campaign banner of our own making on the home page, leading to the announcements
            Banner banner = new Banner(BannerPlacement.HOME);
            banner.describe(
                    BannerPlacement.HOME,
                    media.storeImage(DemoPictures.landscape(BANNER_SEED, 1200, 400), "banner.jpg", "demo")
                            .url(),
                    DemoPictures.altText(BANNER_SEED),
                    "/thong-bao",
                    null,
                    null,
                    10);
            banners.save(banner);
        }
        SiteSettingsRow row = settings.settings();
        if (row.getAddress() != null || row.getPhone() != null || row.getEmail() != null) {
            return;
        }
        String[] contacts = DemoFiles.tsv("demo/site.tsv", 5).get(0);
        row.updateContacts(contacts[0], contacts[1], contacts[2], contacts[3], contacts[4], clock.instant());
    }
}

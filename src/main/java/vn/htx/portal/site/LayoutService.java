package vn.htx.portal.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.AnnouncementCard;
import vn.htx.portal.announcements.AnnouncementsApi;
import vn.htx.portal.documents.DocumentsApi;
import vn.htx.portal.pages.MenuKind;
import vn.htx.portal.pages.MenuLink;
import vn.htx.portal.pages.PagesApi;
import vn.htx.portal.shared.VietnameseText;
import vn.htx.portal.shared.web.Formats;
import vn.htx.portal.site.domain.DecorReader;
import vn.htx.portal.site.domain.SiteSettingsRepository;
import vn.htx.portal.site.domain.SiteSettingsRow;
import vn.htx.portal.stats.StatsApi;

@Service
public class LayoutService {

    private final SiteSettingsRepository settings;
    private final PagesApi pages;
    private final DecorReader decor;
    private final Clock clock;
    private final ZoneId zone;
    private final DocumentsApi documents;
    private final AnnouncementsApi announcements;
    private final StatsApi stats;
    private final PortalProperties.Sidebar sidebar;
    private final Formats formats;
    private final long frameTtlNanos;

    LayoutService(
            SiteSettingsRepository settings,
            PagesApi pages,
            DecorReader decor,
            Clock clock,
            DocumentsApi documents,
            AnnouncementsApi announcements,
            StatsApi stats,
            PortalProperties properties,
            Formats formats) {
        this.settings = settings;
        this.pages = pages;
        this.decor = decor;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.documents = documents;
        this.announcements = announcements;
        this.stats = stats;
        this.sidebar = properties.sidebar();
        this.formats = formats;
        this.frameTtlNanos = properties.pageCache().ttl().toNanos();
    }

    /** What every page shows besides the counter, as read last, and when (System.nanoTime). */
    private record Frame(
            SiteSettings settings,
            List<MenuLink> menu,
            List<MenuLink> footerMenu,
            Map<BannerPlacement, List<BannerView>> banners,
            List<WebLinkView> links,
            List<Layout.SidebarDocument> newDocuments,
            List<AnnouncementCard> announcements,
            long readAt) {}

    private final AtomicReference<Frame> frame = new AtomicReference<>();

    /**
     * The header, menu and sidebar of every public page. What changes rarely is read again at most
     * every {@code portal.page-cache.ttl} (the same half second the rendered pages are kept);
     * the counter comes from the statistics' own snapshot.
     */
    public Layout layout() {
        Frame known = frame.get();
        if (known == null || System.nanoTime() - known.readAt() >= frameTtlNanos) {
            known = readFrame();
            frame.set(known);
        }
        return new Layout(
                known.settings(),
                known.menu(),
                known.footerMenu(),
                known.banners().get(BannerPlacement.HEADER).stream().findFirst().orElse(null),
                known.banners().get(BannerPlacement.HOME),
                known.links(),
                known.newDocuments(),
                known.announcements(),
                stats.snapshot());
    }

    private Frame readFrame() {
        List<Layout.SidebarDocument> newDocuments = documents.newest(sidebar.documents()).stream()
                .map(d -> new Layout.SidebarDocument(
                        d.number(),
                        d.slug(),
                        formats.date(d.issueDate()),
                        VietnameseText.truncate(d.summary(), sidebar.summaryLength()),
                        d.summary()))
                .toList();
        Map<MenuKind, List<MenuLink>> menus = pages.menus();
        return new Frame(
                settings(),
                menus.get(MenuKind.MAIN),
                menus.get(MenuKind.FOOTER),
                decor.bannersShownOn(today()),
                decor.links(),
                newDocuments,
                announcements.current(sidebar.announcements()),
                System.nanoTime());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Transactional(readOnly = true)
    public SiteSettings settings() {
        SiteSettingsRow row = settings.settings();
        return new SiteSettings(
                row.getSiteName(),
                row.getTagline(),
                row.getAddress(),
                row.getPhone(),
                row.getEmail(),
                row.getWebsite(),
                row.getFooterText(),
                row.getLogoUrl(),
                row.getVersion());
    }
}

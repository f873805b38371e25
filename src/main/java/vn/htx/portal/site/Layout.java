package vn.htx.portal.site;

import java.util.List;
import vn.htx.portal.announcements.AnnouncementCard;
import vn.htx.portal.pages.MenuLink;
import vn.htx.portal.stats.StatsSnapshot;

/**
 * Everything the shared frame of a public page shows: header, menu, the three sidebar blocks of
 * the seed page and the footer. Built once per page by {@link LayoutService}.
 */
public record Layout(
        SiteSettings settings,
        List<MenuLink> menu,
        List<MenuLink> footerMenu,
        BannerView headerBanner,
        List<BannerView> homeBanners,
        List<WebLinkView> links,
        List<SidebarDocument> newDocuments,
        List<AnnouncementCard> announcements,
        StatsSnapshot stats) {

    /** A frame with the site's name only, for an error page that must render while the database is down. */
    public static Layout withoutSidebar(String siteName) {
        return new Layout(
                SiteSettings.fallback(siteName),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                StatsSnapshot.empty());
    }

    /** A line of the "Văn bản mới" block: number, issue date and the summary cut short with "…". */
    public record SidebarDocument(String number, String slug, String issueDate, String shortSummary, String summary) {}
}

package vn.htx.portal.site;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.AnnouncementsApi;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.documents.DocumentsApi;
import vn.htx.portal.shared.VietnameseText;
import vn.htx.portal.shared.web.Formats;
import vn.htx.portal.site.domain.SiteSettingsRepository;
import vn.htx.portal.site.domain.SiteSettingsRow;
import vn.htx.portal.stats.StatsApi;

@Service
public class LayoutService {

    private final SiteSettingsRepository settings;
    private final ContentApi content;
    private final DocumentsApi documents;
    private final AnnouncementsApi announcements;
    private final StatsApi stats;
    private final PortalProperties.Sidebar sidebar;
    private final Formats formats;

    LayoutService(
            SiteSettingsRepository settings,
            ContentApi content,
            DocumentsApi documents,
            AnnouncementsApi announcements,
            StatsApi stats,
            PortalProperties properties,
            Formats formats) {
        this.settings = settings;
        this.content = content;
        this.documents = documents;
        this.announcements = announcements;
        this.stats = stats;
        this.sidebar = properties.sidebar();
        this.formats = formats;
    }

    @Transactional(readOnly = true)
    public Layout layout() {
        List<Layout.SidebarDocument> newDocuments = documents.newest(sidebar.documents()).stream()
                .map(d -> new Layout.SidebarDocument(
                        d.number(),
                        d.slug(),
                        formats.date(d.issueDate()),
                        VietnameseText.truncate(d.summary(), sidebar.summaryLength()),
                        d.summary()))
                .toList();
        return new Layout(
                settings(),
                content.menuCategories(),
                newDocuments,
                announcements.current(sidebar.announcements()),
                stats.snapshot());
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
                row.getLogoUrl());
    }
}

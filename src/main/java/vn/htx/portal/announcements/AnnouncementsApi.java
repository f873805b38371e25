package vn.htx.portal.announcements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.domain.Announcement;
import vn.htx.portal.announcements.domain.AnnouncementRepository;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;

@Service
@Transactional(readOnly = true)
public class AnnouncementsApi {

    private final AnnouncementRepository announcements;
    private final Clock clock;
    private final PortalProperties properties;

    AnnouncementsApi(AnnouncementRepository announcements, Clock clock, PortalProperties properties) {
        this.announcements = announcements;
        this.clock = clock;
        this.properties = properties;
    }

    /** Announcements still current today, pinned first, for the sidebar block. */
    public List<AnnouncementCard> current(int count) {
        return announcements.findCurrent(clock.instant(), today(), PageRequest.of(0, count)).stream()
                .map(AnnouncementsApi::toCard)
                .toList();
    }

    public PageSlice<AnnouncementCard> published(int page, int size) {
        return PageSlice.of(
                announcements.findPublic(clock.instant(), today(), Paging.request(page, size)),
                AnnouncementsApi::toCard);
    }

    public Optional<AnnouncementDetail> publishedAnnouncement(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return announcements
                .findPublicBySlug(slug, clock.instant())
                .map(a -> new AnnouncementDetail(
                        a.getId(),
                        a.getTitle(),
                        a.getSlug(),
                        a.getBody(),
                        a.getPublishedAt(),
                        a.getShowUntil(),
                        a.isPinned()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    private static AnnouncementCard toCard(Announcement a) {
        return new AnnouncementCard(a.getId(), a.getTitle(), a.getSlug(), a.getPublishedAt(), a.isPinned());
    }
}

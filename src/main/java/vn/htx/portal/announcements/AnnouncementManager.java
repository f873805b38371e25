package vn.htx.portal.announcements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.announcements.domain.Announcement;
import vn.htx.portal.announcements.domain.AnnouncementRepository;
import vn.htx.portal.announcements.domain.AnnouncementStatus;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.HtmlPolicy;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;

/** Writing announcements: editors and administrators. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
public class AnnouncementManager {

    /** An announcement in the back office, whatever its status. */
    public record Editable(
            long id,
            String title,
            String slug,
            String body,
            boolean pinned,
            LocalDate showUntil,
            boolean published,
            Instant publishedAt,
            Instant updatedAt,
            long version) {}

    private final AnnouncementRepository announcements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnouncementManager(AnnouncementRepository announcements, ApplicationEventPublisher events, Clock clock) {
        this.announcements = announcements;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageSlice<Editable> list(int page, int size) {
        return PageSlice.of(
                announcements.findAllByOrderByUpdatedAtDescIdDesc(Paging.request(page, size)),
                AnnouncementManager::toEditable);
    }

    @Transactional(readOnly = true)
    public Editable get(long id) {
        return announcements
                .findById(id)
                .map(AnnouncementManager::toEditable)
                .orElseThrow(() -> new NotFoundException("announcement " + id));
    }

    /**
     * Creates ({@code id} null) or saves over an announcement, which must still be at version
     * {@code basedOn}: otherwise {@link ConcurrentEditException}.
     */
    public Editable save(
            Long id, String title, String body, boolean pinned, LocalDate showUntil, boolean published, Long basedOn) {
        String clean = HtmlPolicy.sanitize(body);
        Announcement announcement;
        if (id == null) {
            String slug = Slug.unique(title, "thong-bao", announcements::existsBySlug);
            announcement = new Announcement(title.strip(), slug, clean, pinned, showUntil, clock.instant());
        } else {
            announcement = announcements.findById(id).orElseThrow(() -> new NotFoundException("announcement " + id));
            ConcurrentEditException.requireVersion(announcement.getVersion(), basedOn, "announcement " + id);
            announcement.edit(title.strip(), clean, pinned, showUntil, clock.instant());
        }
        boolean wasPublished = announcement.getStatus() == AnnouncementStatus.PUBLISHED;
        if (published && !wasPublished) {
            announcement.publish(clock.instant());
        } else if (!published && wasPublished) {
            announcement.unpublish(clock.instant());
        }
        announcements.saveAndFlush(announcement);
        long saved = announcement.getId();
        String savedTitle = announcement.getTitle();
        events.publishEvent(new AnnouncementChanged(
                id == null ? AnnouncementChanged.Kind.CREATED : AnnouncementChanged.Kind.EDITED,
                saved,
                savedTitle,
                wasPublished || published));
        if (published != wasPublished) {
            events.publishEvent(new AnnouncementChanged(
                    published ? AnnouncementChanged.Kind.PUBLISHED : AnnouncementChanged.Kind.UNPUBLISHED,
                    saved,
                    savedTitle,
                    true));
        }
        return toEditable(announcement);
    }

    private static Editable toEditable(Announcement a) {
        return new Editable(
                a.getId(),
                a.getTitle(),
                a.getSlug(),
                a.getBody(),
                a.isPinned(),
                a.getShowUntil(),
                a.getStatus() == AnnouncementStatus.PUBLISHED,
                a.getPublishedAt(),
                a.getUpdatedAt(),
                a.getVersion());
    }
}

package vn.htx.portal.announcements.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.domain.Announcement;
import vn.htx.portal.announcements.domain.AnnouncementRepository;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.shared.Slug;

/** The announcements of {@code demo/announcements.tsv} for an empty database, the kind an alliance posts. */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class AnnouncementDemoData implements ApplicationRunner {

    private final AnnouncementRepository announcements;
    private final Clock clock;
    private final PortalProperties properties;

    AnnouncementDemoData(AnnouncementRepository announcements, Clock clock, PortalProperties properties) {
        this.announcements = announcements;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (announcements.count() > 0) {
            return;
        }
        for (String[] row : DemoFiles.tsv("demo/announcements.tsv", 5)) {
            add(row[0], row[4], Boolean.parseBoolean(row[1]), LocalDate.parse(row[2]), LocalDateTime.parse(row[3]));
        }
    }

    private void add(String title, String body, boolean pinned, LocalDate showUntil, LocalDateTime publishedAt) {
        Instant now = clock.instant();
        String slug = Slug.unique(title, "thong-bao", announcements::existsBySlug);
        Announcement announcement = new Announcement(title, slug, body, pinned, showUntil, now);
        announcement.publish(publishedAt.atZone(properties.timeZone()).toInstant());
        announcements.saveAndFlush(announcement);
    }
}

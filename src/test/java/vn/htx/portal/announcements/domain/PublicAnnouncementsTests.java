package vn.htx.portal.announcements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.htx.portal.support.PortalDataJpaTest;

/** The announcements' one rule of "public at this instant", in the entity and in every query. */
@PortalDataJpaTest
class PublicAnnouncementsTests {

    @Autowired
    private AnnouncementRepository announcements;

    private final Instant now = Instant.parse("2026-12-07T03:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 12, 7);

    @Test
    void theListTheSidebarAndThePageShowWhatTheEntitySaysIsPublic() {
        Announcement due = announcement("thong-bao-da-dang", now.minus(Duration.ofHours(2)));
        Announcement scheduled = announcement("thong-bao-hen-gio", now.plus(Duration.ofHours(2)));
        Announcement draft =
                announcements.save(new Announcement("Nháp", "thong-bao-nhap", "<p>x</p>", false, null, now));
        Announcement takenDown = announcement("thong-bao-da-go", now.minus(Duration.ofDays(2)));
        takenDown.unpublish(now);
        announcements.flush();
        List<Announcement> mine = List.of(due, scheduled, draft, takenDown);

        assertThat(mine.stream().filter(a -> a.isPublicAt(now))).containsExactly(due);
        assertThat(announcements.findPublic(now, today, PageRequest.of(0, 100)).getContent())
                .contains(due)
                .doesNotContain(scheduled, draft, takenDown);
        assertThat(announcements.findCurrent(now, today, PageRequest.of(0, 100)))
                .contains(due)
                .doesNotContain(scheduled, draft, takenDown);
        for (Announcement a : mine) {
            assertThat(announcements.findPublicBySlug(a.getSlug(), now).isPresent())
                    .as(a.getSlug())
                    .isEqualTo(a.isPublicAt(now));
        }
        // a scheduled announcement becomes public when its time comes, without anything flipping it
        assertThat(scheduled.isPublicAt(now.plus(Duration.ofHours(3)))).isTrue();
        assertThat(announcements.findPublicBySlug(scheduled.getSlug(), now.plus(Duration.ofHours(3))))
                .contains(scheduled);
    }

    private Announcement announcement(String slug, Instant publishedAt) {
        Announcement announcement = new Announcement("Thông báo " + slug, slug, "<p>Nội dung</p>", false, null, now);
        announcement.publish(publishedAt);
        return announcements.save(announcement);
    }
}

package vn.htx.portal.announcements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    /** The one rule of "public at this instant" (as {@link Announcement#isPublicAt}), for every public query. */
    String PUBLIC =
            "a.status = vn.htx.portal.announcements.domain.AnnouncementStatus.PUBLISHED and a.publishedAt <= :now";

    /** Current ones first (pinned, then newest); those past their show-until date after them. */
    @Query(
            value = "select a from Announcement a where " + PUBLIC
                    + " order by case when a.showUntil is null or a.showUntil >= :today then 0 else 1 end,"
                    + " case when a.pinned = true then 0 else 1 end, a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Announcement a where " + PUBLIC)
    Page<Announcement> findPublic(@Param("now") Instant now, @Param("today") LocalDate today, Pageable pageable);

    /** What the sidebar shows: only announcements still current today. */
    @Query("select a from Announcement a where " + PUBLIC + " and (a.showUntil is null or a.showUntil >= :today)"
            + " order by case when a.pinned = true then 0 else 1 end, a.publishedAt desc, a.id desc")
    List<Announcement> findCurrent(@Param("now") Instant now, @Param("today") LocalDate today, Pageable pageable);

    @Query("select a from Announcement a where a.slug = :slug and " + PUBLIC)
    Optional<Announcement> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    boolean existsBySlug(String slug);

    Page<Announcement> findAllByOrderByUpdatedAtDescIdDesc(Pageable pageable);
}

package vn.htx.portal.announcements;

import java.time.Instant;
import java.time.LocalDate;

public record AnnouncementDetail(
        long id,
        String title,
        String slug,
        String bodyHtml,
        Instant publishedAt,
        LocalDate showUntil,
        boolean pinned) {}

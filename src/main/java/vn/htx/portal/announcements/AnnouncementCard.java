package vn.htx.portal.announcements;

import java.time.Instant;

public record AnnouncementCard(long id, String title, String slug, Instant publishedAt, boolean pinned) {}

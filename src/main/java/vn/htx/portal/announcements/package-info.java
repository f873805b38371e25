/**
 * Announcements (thông báo): short notices, some pinned, some shown only until a date. Owns the
 * {@code announcement} table; read through {@link vn.htx.portal.announcements.AnnouncementsApi},
 * changes told with {@link vn.htx.portal.announcements.AnnouncementChanged}.
 */
package vn.htx.portal.announcements;

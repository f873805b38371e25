/**
 * Announcements (thông báo): short notices, some pinned, some shown only until a date. Owns the
 * {@code announcement} table; read through {@link vn.htx.portal.announcements.AnnouncementsApi}.
 */
package vn.htx.portal.announcements;

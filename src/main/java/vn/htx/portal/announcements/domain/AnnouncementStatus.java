package vn.htx.portal.announcements.domain;

/** Where an announcement stands. Only {@link #PUBLISHED} is ever public, and only from its publication time. */
public enum AnnouncementStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}

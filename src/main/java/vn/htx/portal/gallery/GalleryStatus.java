package vn.htx.portal.gallery;

/** Where an album or a video stands. Only {@link #PUBLISHED} is ever public. */
public enum GalleryStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}

/**
 * Uploaded images: checked by content (never by file name), re-encoded to display sizes with a
 * thumbnail, stored behind {@link vn.htx.portal.media.MediaStorage} and served with long cache
 * headers. Owns the {@code media} table and the {@code media/} folder of the data directory.
 */
package vn.htx.portal.media;

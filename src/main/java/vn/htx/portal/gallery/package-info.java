/**
 * Photo albums and videos: albums of ordered photos (the media store's images, with captions and
 * text alternatives) viewed one photo per page, and MP4 videos with a poster, served with ranges so
 * that they can be seeked. Owns the {@code album}, {@code album_photo} and {@code video} tables; read
 * through {@link vn.htx.portal.gallery.GalleryApi}, changes told with
 * {@link vn.htx.portal.gallery.GalleryChanged}.
 */
package vn.htx.portal.gallery;

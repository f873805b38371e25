package vn.htx.portal.gallery;

import vn.htx.portal.shared.PortalChange;

/** An album or a video was written, published, taken down, or its photos changed. */
public record GalleryChanged(Kind kind, long itemId, String title, boolean visibleToVisitors) implements PortalChange {

    public enum Kind {
        ALBUM_SAVED("album.save", "album"),
        ALBUM_PHOTOS_CHANGED("album.photos", "album"),
        ALBUM_PUBLISHED("album.publish", "album"),
        ALBUM_UNPUBLISHED("album.unpublish", "album"),
        VIDEO_SAVED("video.save", "video"),
        VIDEO_PUBLISHED("video.publish", "video"),
        VIDEO_UNPUBLISHED("video.unpublish", "video");

        private final String action;
        private final String targetType;

        Kind(String action, String targetType) {
            this.action = action;
            this.targetType = targetType;
        }
    }

    @Override
    public String action() {
        return kind.action;
    }

    @Override
    public String targetType() {
        return kind.targetType;
    }

    @Override
    public Object targetId() {
        return itemId;
    }

    @Override
    public String summary() {
        return title;
    }
}

package vn.htx.portal.media;

import vn.htx.portal.shared.PortalChange;

/** A picture was uploaded to the media library (not shown anywhere until an editor uses it). */
public record MediaUploaded(long mediaId, String name) implements PortalChange {

    @Override
    public String action() {
        return "media.upload";
    }

    @Override
    public String targetType() {
        return "media";
    }

    @Override
    public Object targetId() {
        return mediaId;
    }

    @Override
    public String summary() {
        return name;
    }

    @Override
    public boolean visibleToVisitors() {
        return false;
    }
}

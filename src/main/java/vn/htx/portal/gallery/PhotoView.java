package vn.htx.portal.gallery;

/** A photo of an album: its display and thumbnail images, size, caption and text alternative. */
public record PhotoView(
        long id,
        String imageUrl,
        String thumbUrl,
        int width,
        int height,
        String caption,
        String altText,
        int sortOrder) {}

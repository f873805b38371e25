package vn.htx.portal.media;

/** An accepted image: its display URL, its thumbnail URL and its display size. */
public record StoredImage(long id, String url, String thumbnailUrl, int width, int height) {}

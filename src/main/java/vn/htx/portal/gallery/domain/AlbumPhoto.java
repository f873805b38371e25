package vn.htx.portal.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "album_photo")
public class AlbumPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "album_id", nullable = false)
    private long albumId;

    @Column(name = "image_url", nullable = false, length = 500)
    private String imageUrl;

    @Column(name = "thumb_url", nullable = false, length = 500)
    private String thumbUrl;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(length = 1000)
    private String caption;

    @Column(name = "alt_text", nullable = false, length = 300)
    private String altText;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AlbumPhoto() {}

    public AlbumPhoto(
            long albumId, String imageUrl, String thumbUrl, int width, int height, String altText, int sortOrder) {
        this.albumId = albumId;
        this.imageUrl = imageUrl;
        this.thumbUrl = thumbUrl;
        this.width = width;
        this.height = height;
        this.altText = altText;
        this.sortOrder = sortOrder;
    }

    public void describe(String caption, String altText, int sortOrder) {
        this.caption = caption;
        this.altText = altText;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getAlbumId() {
        return albumId;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getThumbUrl() {
        return thumbUrl;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getCaption() {
        return caption;
    }

    public String getAltText() {
        return altText;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

package vn.htx.portal.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "media")
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_key", nullable = false, length = 200, unique = true)
    private String storageKey;

    @Column(name = "thumb_key", nullable = false, length = 200)
    private String thumbKey;

    @Column(name = "original_name", length = 300)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MediaFile() {}

    public MediaFile(
            String storageKey,
            String thumbKey,
            String originalName,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant createdAt) {
        this.storageKey = storageKey;
        this.thumbKey = thumbKey;
        this.originalName = originalName;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getThumbKey() {
        return thumbKey;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}

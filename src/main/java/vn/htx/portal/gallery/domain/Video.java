package vn.htx.portal.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.htx.portal.gallery.GalleryStatus;

@Entity
@Table(name = "video")
public class Video {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    private String description;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "file_key", nullable = false, length = 300)
    private String fileKey;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "poster_url", length = 500)
    private String posterUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GalleryStatus status = GalleryStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Video() {}

    public Video(String slug, String fileKey, long fileSize, Instant now) {
        this.slug = slug;
        this.fileKey = fileKey;
        this.fileSize = fileSize;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String title, String description, LocalDate recordedOn, String posterUrl, Instant now) {
        this.title = title;
        this.description = description;
        this.recordedOn = recordedOn;
        this.posterUrl = posterUrl;
        this.updatedAt = now;
    }

    public void replaceFile(String fileKey, long fileSize) {
        this.fileKey = fileKey;
        this.fileSize = fileSize;
    }

    /** Publishes or takes down; returns whether that changed anything. */
    public boolean publish(boolean publish, Instant now) {
        if (publish == (status == GalleryStatus.PUBLISHED)) {
            return false;
        }
        if (publish) {
            status = GalleryStatus.PUBLISHED;
            if (publishedAt == null) {
                publishedAt = now;
            }
        } else {
            status = GalleryStatus.UNPUBLISHED;
        }
        return true;
    }

    public boolean isPublic() {
        return status == GalleryStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getFileKey() {
        return fileKey;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getPosterUrl() {
        return posterUrl;
    }

    public GalleryStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

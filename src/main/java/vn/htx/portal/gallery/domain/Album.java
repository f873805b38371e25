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
@Table(name = "album")
public class Album {

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

    @Column(name = "taken_on")
    private LocalDate takenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GalleryStatus status = GalleryStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Album() {}

    public Album(String slug, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String title, String description, LocalDate takenOn, Instant now) {
        this.title = title;
        this.description = description;
        this.takenOn = takenOn;
        this.updatedAt = now;
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

    public void touch(Instant now) {
        this.updatedAt = now;
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

    public LocalDate getTakenOn() {
        return takenOn;
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

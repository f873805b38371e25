package vn.htx.portal.announcements.domain;

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
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import vn.htx.portal.search.SearchKind;
import vn.htx.portal.search.Searchable;
import vn.htx.portal.search.SearchableBinder;
import vn.htx.portal.shared.HtmlPolicy;

@Entity
@Table(name = "announcement")
@Indexed(index = "announcement")
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchableBinder.class,
                        params = @Param(name = SearchableBinder.USES, value = "updatedAt,status,publishedAt")))
public class Announcement implements Searchable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic locking: a save based on an older version is refused. */
    @Version
    private long version;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 120, unique = true)
    private String slug;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean pinned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnnouncementStatus status = AnnouncementStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "show_until")
    private LocalDate showUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Announcement() {}

    public Announcement(
            String title, String slug, String body, boolean pinned, LocalDate showUntil, Instant createdAt) {
        this.title = title;
        this.slug = slug;
        this.body = body;
        this.pinned = pinned;
        this.showUntil = showUntil;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void edit(String title, String body, boolean pinned, LocalDate showUntil, Instant at) {
        this.title = title;
        this.body = body;
        this.pinned = pinned;
        this.showUntil = showUntil;
        this.updatedAt = at;
    }

    public void unpublish(Instant at) {
        this.status = AnnouncementStatus.UNPUBLISHED;
        this.updatedAt = at;
    }

    public AnnouncementStatus getStatus() {
        return status;
    }

    /** The one rule of "public at this instant": published, and its publication time has come. */
    public boolean isPublicAt(Instant now) {
        return status == AnnouncementStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public void publish(Instant at) {
        this.status = AnnouncementStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getShowUntil() {
        return showUntil;
    }

    @Override
    public SearchKind searchKind() {
        return SearchKind.ANNOUNCEMENT;
    }

    @Override
    public String searchSlug() {
        return slug;
    }

    @Override
    public String searchTitle() {
        return title;
    }

    @Override
    public String searchSummary() {
        return null;
    }

    @Override
    public String searchBody() {
        return HtmlPolicy.plainText(body);
    }

    @Override
    public String searchLabel() {
        return null;
    }

    @Override
    public Instant searchDate() {
        return publishedAt;
    }

    @Override
    public boolean searchPublic() {
        return status == AnnouncementStatus.PUBLISHED;
    }

    @Override
    public Instant searchVisibleFrom() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

package vn.htx.portal.pages.domain;

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
import vn.htx.portal.pages.PageBlock;

/** One of the alliance's own pages, at the address its slug and its ancestors' slugs make. */
@Entity
@Table(name = "site_page")
public class SitePage {

    /** Pages nest this deep at most (Giới thiệu → Cơ cấu tổ chức → Văn phòng). */
    public static final int MAX_DEPTH = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 400)
    private String path;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PageBlock block = PageBlock.NONE;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PageStatus status = PageStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    protected SitePage() {}

    public SitePage(String slug, String path, Long parentId, Instant now) {
        this.slug = slug;
        this.path = path;
        this.parentId = parentId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void write(
            String title, String summary, String body, PageBlock block, int sortOrder, String by, Instant now) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.block = block;
        this.sortOrder = sortOrder;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Moves the page under {@code parentId} at {@code path}; the caller moves its descendants. */
    public void placeAt(Long parentId, String slug, String path) {
        this.parentId = parentId;
        this.slug = slug;
        this.path = path;
    }

    /** Follows an ancestor that moved: {@code oldPrefix/...} becomes {@code newPrefix/...}. */
    public void rebase(String oldPrefix, String newPrefix) {
        this.path = newPrefix + path.substring(oldPrefix.length());
    }

    public void publish(Instant now) {
        if (status != PageStatus.PUBLISHED) {
            status = PageStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    public void unpublish() {
        if (status == PageStatus.PUBLISHED) {
            status = PageStatus.UNPUBLISHED;
        }
    }

    public boolean isPublished() {
        return status == PageStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public PageBlock getBlock() {
        return block;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public PageStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}

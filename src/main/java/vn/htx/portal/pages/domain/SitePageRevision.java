package vn.htx.portal.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A page's text as one save left it. */
@Entity
@Table(name = "site_page_revision")
public class SitePageRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SitePageRevision() {}

    public SitePageRevision(SitePage page, int revisionNo, String createdBy, Instant createdAt) {
        this.pageId = page.getId();
        this.revisionNo = revisionNo;
        this.title = page.getTitle();
        this.summary = page.getSummary();
        this.body = page.getBody();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public int getRevisionNo() {
        return revisionNo;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package vn.htx.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The content of an article as one save left it. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "lead_text")
    private String lead;

    @Column(nullable = false)
    private String body;

    @Column(name = "author_signature", length = 200)
    private String authorSignature;

    @Column(name = "source_name", length = 500)
    private String sourceName;

    @Column(name = "image_url", length = 500)
    private String imageUrl;

    @Column(name = "image_alt", length = 500)
    private String imageAlt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ArticleRevision() {}

    public ArticleRevision(Article a, int revisionNo, String createdBy, Instant createdAt) {
        this.articleId = a.getId();
        this.revisionNo = revisionNo;
        this.categoryId = a.getCategory().getId();
        this.title = a.getTitle();
        this.lead = a.getLead();
        this.body = a.getBody();
        this.authorSignature = a.getAuthorSignature();
        this.sourceName = a.getSourceName();
        this.imageUrl = a.getImageUrl();
        this.imageAlt = a.getImageAlt();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorSignature() {
        return authorSignature;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package vn.htx.portal.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "legal_document")
public class LegalDocument {

    public static final String STATUS_PUBLISHED = "PUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "doc_number", nullable = false, length = 100)
    private String number;

    @Column(nullable = false, length = 120, unique = true)
    private String slug;

    @Column(nullable = false)
    private String summary;

    @Column(length = 500)
    private String title;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(nullable = false, length = 20)
    private String status = "DRAFT";

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LegalDocument() {}

    public LegalDocument(String number, String slug, String summary, String title, LocalDate issueDate, Instant now) {
        this.number = number;
        this.slug = slug;
        this.summary = summary;
        this.title = title;
        this.issueDate = issueDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void publish(Instant at) {
        this.status = STATUS_PUBLISHED;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public long getViewCount() {
        return viewCount;
    }
}

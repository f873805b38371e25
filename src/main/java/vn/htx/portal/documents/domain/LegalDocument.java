package vn.htx.portal.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.htx.portal.shared.VietnameseText;

@Entity
@Table(name = "legal_document")
public class LegalDocument {

    public static final String STATUS_PUBLISHED = "PUBLISHED";
    public static final String STATUS_UNPUBLISHED = "UNPUBLISHED";

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

    @Column(name = "full_text")
    private String fullText;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id")
    private DocumentTerm type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_id")
    private DocumentTerm issuer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signer_id")
    private DocumentTerm signer;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "legal_document_field",
            joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "field_id"))
    private Set<DocumentTerm> fields = new LinkedHashSet<>();

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    @Column(name = "search_text")
    private String searchText;

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
        this.searchText = searchTextOf(number, summary, title);
    }

    public void publish(Instant at) {
        this.status = STATUS_PUBLISHED;
        this.updatedAt = at;
    }

    public void unpublish(Instant at) {
        this.status = STATUS_UNPUBLISHED;
        this.updatedAt = at;
    }

    /** Everything the library's form edits except attachments and relations. */
    public void describe(
            String number,
            String summary,
            String title,
            String fullText,
            LocalDate issueDate,
            LocalDate effectiveDate,
            LocalDate expiryDate,
            DocumentTerm type,
            DocumentTerm issuer,
            DocumentTerm signer,
            Set<DocumentTerm> fields,
            Instant at) {
        this.number = number;
        this.summary = summary;
        this.title = title;
        this.fullText = fullText;
        this.issueDate = issueDate;
        this.effectiveDate = effectiveDate;
        this.expiryDate = expiryDate;
        this.type = type;
        this.issuer = issuer;
        this.signer = signer;
        this.fields.clear();
        this.fields.addAll(fields);
        this.updatedAt = at;
        this.searchText = searchTextOf(number, summary, title);
    }

    /** Lower case, no diacritics, for the library's "q" filter typed with or without accents. */
    public static String searchTextOf(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(VietnameseText.fold(part).toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return VietnameseText.normalizeSpaces(text.toString());
    }

    public String getStatus() {
        return status;
    }

    public String getFullText() {
        return fullText;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public DocumentTerm getType() {
        return type;
    }

    public DocumentTerm getIssuer() {
        return issuer;
    }

    public DocumentTerm getSigner() {
        return signer;
    }

    public List<DocumentTerm> getFields() {
        return fields.stream()
                .sorted(Comparator.comparing(DocumentTerm::getSortOrder).thenComparing(DocumentTerm::getName))
                .toList();
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
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

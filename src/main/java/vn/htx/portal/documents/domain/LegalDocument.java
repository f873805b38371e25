package vn.htx.portal.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import vn.htx.portal.search.SearchKind;
import vn.htx.portal.search.Searchable;
import vn.htx.portal.search.SearchableBinder;

@Entity
@Table(name = "legal_document")
@Indexed(index = "legal_document")
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchableBinder.class,
                        params = @Param(name = SearchableBinder.USES, value = "updatedAt,status")))
public class LegalDocument implements Searchable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic locking: a save based on an older version is refused. */
    @Version
    private long version;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStatus status = DocumentStatus.DRAFT;

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

    @OneToMany(mappedBy = "document", fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<DocumentAttachment> attachments = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Touched by every change the search index must see; not a change of its own for optimistic locking. */
    @OptimisticLock(excluded = true)
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

    /** The one rule of "public": a document is public from the moment it is published, until taken down. */
    public boolean isPublic() {
        return status == DocumentStatus.PUBLISHED;
    }

    public void publish(Instant at) {
        this.status = DocumentStatus.PUBLISHED;
        this.updatedAt = at;
    }

    public void unpublish(Instant at) {
        this.status = DocumentStatus.UNPUBLISHED;
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
    }

    /** Keeps both sides of the association current, so that the search index sees the file's text. */
    public void attached(DocumentAttachment attachment, Instant at) {
        attachments.add(attachment);
        this.updatedAt = at;
    }

    /** An attachment's text was extracted: the search index reads the document again. */
    public void attachmentTextExtracted(Instant at) {
        this.updatedAt = at;
    }

    public void detached(DocumentAttachment attachment, Instant at) {
        attachments.remove(attachment);
        this.updatedAt = at;
    }

    public DocumentStatus getStatus() {
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

    @Override
    public SearchKind searchKind() {
        return SearchKind.DOCUMENT;
    }

    @Override
    public String searchSlug() {
        return slug;
    }

    /** The document's own title when it has one (a law's name), else its summary (trích yếu). */
    @Override
    public String searchTitle() {
        return title != null ? title : summary;
    }

    @Override
    public String searchNumber() {
        return number;
    }

    @Override
    public String searchSummary() {
        return title != null ? summary : null;
    }

    @Override
    public String searchBody() {
        return fullText;
    }

    @Override
    public String searchAttachments() {
        String text = attachments.stream()
                .map(DocumentAttachment::getTextContent)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    @Override
    public String searchPeople() {
        return Stream.of(issuer, signer)
                .filter(Objects::nonNull)
                .map(DocumentTerm::getName)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String searchLabel() {
        return type == null ? null : type.getName();
    }

    /** Noon UTC of the issue date: the same calendar day in every zone from UTC−12 to UTC+11. */
    @Override
    public Instant searchDate() {
        return issueDate == null ? null : issueDate.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    @Override
    public boolean searchPublic() {
        return isPublic();
    }

    @Override
    public Instant searchVisibleFrom() {
        return createdAt;
    }

    @Override
    public Collection<String> searchTags() {
        List<String> tags = new ArrayList<>();
        if (type != null) {
            tags.add("type:" + type.getSlug());
        }
        if (issuer != null) {
            tags.add("issuer:" + issuer.getSlug());
        }
        for (DocumentTerm field : fields) {
            tags.add("field:" + field.getSlug());
        }
        return tags;
    }

    @Override
    public LocalDate searchValidFrom() {
        return effectiveDate != null ? effectiveDate : issueDate;
    }

    @Override
    public LocalDate searchValidUntil() {
        return expiryDate;
    }

    public long getVersion() {
        return version;
    }
}

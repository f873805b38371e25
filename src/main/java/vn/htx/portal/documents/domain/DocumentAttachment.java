package vn.htx.portal.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a document (the signed PDF, an annex as a spreadsheet, …). */
@Entity
@Table(name = "document_attachment")
public class DocumentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private LegalDocument document;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "original_name", nullable = false, length = 300)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(nullable = false, length = 10)
    private String extension;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The file's text as extracted for the search index; null when it has none. */
    @Column(name = "text_content")
    private String textContent;

    protected DocumentAttachment() {}

    public DocumentAttachment(
            LegalDocument document,
            String storageKey,
            String originalName,
            String contentType,
            String extension,
            long sizeBytes,
            String textContent,
            Instant createdAt) {
        this.textContent = textContent;
        this.document = document;
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.contentType = contentType;
        this.extension = extension;
        this.sizeBytes = sizeBytes;
        this.createdAt = createdAt;
    }

    public String getTextContent() {
        return textContent;
    }

    public Long getId() {
        return id;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getExtension() {
        return extension;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getDownloadCount() {
        return downloadCount;
    }
}

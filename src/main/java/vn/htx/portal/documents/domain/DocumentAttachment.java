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

    /** The file's text as extracted for the search index; null when it has none (yet). */
    @Column(name = "text_content")
    private String textContent;

    /** Whether the text has been extracted yet (it is, off the request, after the upload). */
    public enum TextStatus {
        PENDING,
        DONE,
        NONE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status", nullable = false, length = 20)
    private TextStatus textStatus;

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
        this.textStatus = textContent == null ? TextStatus.NONE : TextStatus.DONE;
        this.document = document;
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.contentType = contentType;
        this.extension = extension;
        this.sizeBytes = sizeBytes;
        this.createdAt = createdAt;
    }

    /** This file's text is still to be extracted (it will be, after the upload has been answered). */
    public DocumentAttachment awaitingText() {
        this.textStatus = TextStatus.PENDING;
        return this;
    }

    /** The extraction is over: {@code text} found, or none (null). */
    public void textExtracted(String text) {
        this.textContent = text;
        this.textStatus = text == null ? TextStatus.NONE : TextStatus.DONE;
    }

    public TextStatus getTextStatus() {
        return textStatus;
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

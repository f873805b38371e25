package vn.htx.portal.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of one of the managed lists: a type, an issuing body, a field or a signer. */
@Entity
@Table(name = "document_term")
public class DocumentTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TermKind kind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected DocumentTerm() {}

    public DocumentTerm(TermKind kind, String name, String slug, int sortOrder) {
        this.kind = kind;
        this.name = name;
        this.slug = slug;
        this.sortOrder = sortOrder;
    }

    public void rename(String name, String slug, int sortOrder) {
        this.name = name;
        this.slug = slug;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public TermKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

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

/** "{@code document} replaces / amends / is related to {@code target}". */
@Entity
@Table(name = "document_relation")
public class DocumentRelation {

    public enum Kind {
        REPLACES,
        AMENDS,
        RELATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private LegalDocument document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private LegalDocument target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind relation;

    protected DocumentRelation() {}

    public DocumentRelation(LegalDocument document, LegalDocument target, Kind relation) {
        this.document = document;
        this.target = target;
        this.relation = relation;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public LegalDocument getTarget() {
        return target;
    }

    public Kind getRelation() {
        return relation;
    }
}

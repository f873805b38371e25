package vn.htx.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an article through the workflow: who moved it from where to where, when, and why. */
@Entity
@Table(name = "article_transition")
public class ArticleTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ArticleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ArticleStatus toStatus;

    @Column(nullable = false, length = 60)
    private String actor;

    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ArticleTransition() {}

    public ArticleTransition(
            long articleId,
            ArticleStatus fromStatus,
            ArticleStatus toStatus,
            String actor,
            String note,
            Instant occurredAt) {
        this.articleId = articleId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    public ArticleStatus getFromStatus() {
        return fromStatus;
    }

    public ArticleStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

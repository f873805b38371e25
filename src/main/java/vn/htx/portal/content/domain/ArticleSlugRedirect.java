package vn.htx.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slug an article was once published under; its address answers with a permanent redirect. */
@Entity
@Table(name = "article_slug_redirect")
public class ArticleSlugRedirect {

    @Id
    @Column(name = "old_slug", length = 120)
    private String oldSlug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ArticleSlugRedirect() {}

    public ArticleSlugRedirect(String oldSlug, Article article, Instant createdAt) {
        this.oldSlug = oldSlug;
        this.article = article;
        this.createdAt = createdAt;
    }
}

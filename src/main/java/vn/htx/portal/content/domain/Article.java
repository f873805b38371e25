package vn.htx.portal.content.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import vn.htx.portal.search.SearchKind;
import vn.htx.portal.search.Searchable;
import vn.htx.portal.search.SearchableBinder;
import vn.htx.portal.shared.HtmlPolicy;

@Entity
@Table(name = "article")
@Indexed(index = "article")
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchableBinder.class,
                        params = @Param(name = SearchableBinder.USES, value = "updatedAt,status,publishedAt")))
public class Article implements Searchable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 120, unique = true)
    private String slug;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "author_username", length = 60)
    private String authorUsername;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Version
    private long version;

    protected Article() {}

    public Article(Category category, String title, String slug, String lead, String body, Instant createdAt) {
        this.category = category;
        this.title = title;
        this.slug = slug;
        this.lead = lead;
        this.body = body;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Signs the article and names where it comes from, as printed under the body. */
    public void attribute(String authorSignature, String sourceName) {
        this.authorSignature = authorSignature;
        this.sourceName = sourceName;
    }

    public void illustrate(String imageUrl, String imageAlt) {
        this.imageUrl = imageUrl;
        this.imageAlt = imageAlt;
    }

    public void markFeatured(boolean featured) {
        this.featured = featured;
    }

    public void publish(Instant at) {
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
    }

    /** Moves to a status the workflow allowed; publishing goes through {@link #publish}. */
    void moveTo(ArticleStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public void writtenBy(String username) {
        this.authorUsername = username;
    }

    /** Replaces what the editor form edits. The body must already be sanitised. */
    public void edit(Category category, String title, String lead, String sanitizedBody, Instant at) {
        this.category = category;
        this.title = title;
        this.lead = lead;
        this.body = sanitizedBody;
        this.updatedAt = at;
    }

    /** The slug may change until the article is first published; after that its address is stable. */
    /** The one rule of "public at this instant": published, and its publication time has come. */
    public boolean isPublicAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public boolean slugEditable() {
        return firstPublishedAt == null;
    }

    void changeSlug(String slug) {
        if (!slugEditable()) {
            throw new IllegalStateException("a published article keeps its slug");
        }
        this.slug = slug;
    }

    /** Sets the planned publication time (null: "when it is published"). */
    public void schedule(Instant publishAt) {
        this.publishedAt = publishAt;
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
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

    public ArticleStatus getStatus() {
        return status;
    }

    public boolean isFeatured() {
        return featured;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public SearchKind searchKind() {
        return SearchKind.ARTICLE;
    }

    @Override
    public String searchSlug() {
        return slug;
    }

    @Override
    public String searchTitle() {
        return title;
    }

    @Override
    public String searchSummary() {
        return lead;
    }

    @Override
    public String searchBody() {
        return HtmlPolicy.plainText(body);
    }

    @Override
    public String searchPeople() {
        return authorSignature == null
                ? sourceName
                : sourceName == null ? authorSignature : authorSignature + ", " + sourceName;
    }

    @Override
    public String searchLabel() {
        return category.getName();
    }

    @Override
    public Instant searchDate() {
        return publishedAt;
    }

    @Override
    public boolean searchPublic() {
        return status == ArticleStatus.PUBLISHED;
    }

    @Override
    public Instant searchVisibleFrom() {
        return publishedAt;
    }

    @Override
    public Collection<String> searchTags() {
        return List.of("category:" + category.getSlug());
    }
}
